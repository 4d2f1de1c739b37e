import { describe, expect, it } from 'vitest';
import { stepOfServerError } from './server-error-step';

describe('stepOfServerError', () => {
  it.each([
    ["Flavor's memory is too small for requested image.", 'flavor'],
    ['Windows images cannot be used with U2 flavors.', 'flavor'],
    ['Flavor 42 could not be found.', 'flavor'],
    // Real Nova's quota refusals (403): cores and RAM come from the flavor.
    ['Quota exceeded for cores: Requested 32, but already used 0 of 20 cores', 'flavor'],
    ['Quota exceeded for ram: Requested 65536, but already used 2048 of 51200 ram', 'flavor'],
    ['Can not find requested image', 'image'],
    ['Missing Block Device Mapping attribute', 'storage'],
    ["Block Device Mapping is Invalid: volume type 'Encrypted HDD' needs nhn_encryption.skm_appkey and nhn_encryption.skm_key_id.", 'storage'],
    ['Volume is smaller than the minimum size specified in image metadata. Volume size is 1 bytes, minimum size is 2 bytes.', 'storage'],
    ['Volume type Gold could not be found.', 'storage'],
    ['Multiple possible networks found, use a Network ID to be more specific.', 'network'],
    ['Subnet 1 could not be found.', 'network'],
    ['Security group web not found.', 'securityGroups'],
    ['Invalid key_name provided.', 'keyPair'],
    ['The requested availability zone is not available', 'details'],
    ['Quota exceeded for instances: Requested 3, but already used 9 of 10 instances', 'details'],
    // Over several at once: Nova lists them in one message; the flavor is the likelier fix.
    ['Quota exceeded for cores, instances: Requested 8, 4, but already used 18, 9 of 20, 10 cores, instances', 'flavor'],
    ['Quota exceeded for instances, ram: Requested 4, 16384, but already used 9, 0 of 10, 8192 instances, ram', 'flavor'],
    ["Invalid input for field/attribute name. Value: win-server-00001. 'win-server-00001' is too long (at most 15 characters for Windows images)", 'details'],
    ['Maximum number of metadata items exceeds 128', 'details'],
    ['Unexpected API Error. Please report this at http://bugs.launchpad.net/nova/', null],
    [undefined, null],
  ] as const)('%s → %s', (message, step) => {
    expect(stepOfServerError(message)).toBe(step);
  });
});
