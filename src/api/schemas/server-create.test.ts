import { describe, expect, it } from 'vitest';
import { serverCreateBodySchema } from './server-create';

const minimal = { name: 'web', flavorRef: 'f', imageRef: 'i' };

describe('serverCreateBodySchema', () => {
  it("turns Nova's digit strings and flag words into JSON integers and booleans", () => {
    const body = serverCreateBodySchema.parse({
      server: {
        ...minimal,
        min_count: '2',
        max_count: '3',
        return_reservation_id: 'True',
        block_device_mapping_v2: [{ source_type: 'image', uuid: 'i', boot_index: '0', destination_type: 'volume', volume_size: '20', delete_on_termination: 'yes' }],
      },
    });
    expect(body.server).toMatchObject({ min_count: 2, max_count: 3, return_reservation_id: true });
    expect(body.server.block_device_mapping_v2?.[0]).toMatchObject({ boot_index: 0, volume_size: 20, delete_on_termination: true });
  });

  it('sends "False" as false (Nova would read the string as true)', () => {
    expect(serverCreateBodySchema.parse({ server: { ...minimal, return_reservation_id: 'False' } }).server.return_reservation_id).toBe(false);
  });

  it('rejects what is not a count or a flag', () => {
    expect(serverCreateBodySchema.safeParse({ server: { ...minimal, min_count: 'two' } }).success).toBe(false);
    expect(serverCreateBodySchema.safeParse({ server: { ...minimal, max_count: 0 } }).success).toBe(false);
    expect(serverCreateBodySchema.safeParse({ server: { ...minimal, return_reservation_id: 'maybe' } }).success).toBe(false);
  });

  it('keeps every field of the guide, including NHN encryption, and drops unknown ones', () => {
    const server = {
      ...minimal,
      networks: [{ subnet: 's' }, { uuid: 'n' }, { port: 'p' }, { uuid: 'n', fixed_ip: '10.0.0.9' }],
      availability_zone: 'kr-pub-a',
      key_name: 'k',
      user_data: 'IyEvYmluL2Jhc2g=',
      metadata: { purpose: 'web' },
      security_groups: [{ name: 'default' }],
      block_device_mapping_v2: [
        {
          source_type: 'image',
          uuid: 'i',
          boot_index: 0,
          destination_type: 'volume',
          volume_type: 'Encrypted SSD',
          volume_size: 50,
          delete_on_termination: true,
          nhn_encryption: { skm_appkey: 'a', skm_key_id: 'k' },
        },
      ],
    };
    const body = serverCreateBodySchema.parse({ server: { ...server, personality: [], accessIPv4: '1.2.3.4' }, 'OS-SCH-HNT:scheduler_hints': {} });
    expect(body).toEqual({ server });
  });

  it('needs a name and a flavor', () => {
    expect(serverCreateBodySchema.safeParse({ server: { flavorRef: 'f' } }).success).toBe(false);
    expect(serverCreateBodySchema.safeParse({ server: { name: '', flavorRef: 'f' } }).success).toBe(false);
    expect(serverCreateBodySchema.safeParse({ server: { name: 'web' } }).success).toBe(false);
  });
});
