import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { curlCommand } from './request-preview';

describe('curlCommand', () => {
  const body = { server: { name: "it's-web", flavorRef: 'f', networks: [{ subnet: 's' }] } };
  const command = curlCommand(body, 'https://kr1-api-instance-infrastructure.nhncloudservice.com/v2/tenant/');

  it('posts to the real endpoint with the token left as a placeholder', () => {
    expect(command.split(' \\\n')).toEqual([
      "curl -X POST 'https://kr1-api-instance-infrastructure.nhncloudservice.com/v2/tenant/servers'",
      "  -H 'X-Auth-Token: <TOKEN>'",
      "  -H 'Content-Type: application/json'",
      `  -d '{"server":{"name":"it'\\''s-web","flavorRef":"f","networks":[{"subnet":"s"}]}}'`,
    ]);
  });

  it('names the cloud itself, not the console proxy, in live mode', () => {
    const live = curlCommand(body, '/proxy/https/kr1-api-instance-infrastructure.nhncloudservice.com/v2/tenant');
    expect(live).toMatch(/^curl -X POST 'https:\/\/kr1-api-instance-infrastructure\.nhncloudservice\.com\/v2\/tenant\/servers'/);
  });

  it('hands a shell exactly the JSON body, quotes included', () => {
    // printf stands in for curl: the shell must pass the -d argument through unchanged.
    const data = execFileSync('sh', ['-c', `${command.replace(/^curl -X POST/, 'printf "%s\\n"').replace(/ \\\n/g, ' ')} | tail -n 1`]).toString().trim();
    expect(JSON.parse(data)).toEqual(body);
  });
});
