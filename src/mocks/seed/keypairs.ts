/** Two key pairs with real public keys (made once with ssh-keygen; fingerprints from `ssh-keygen -l -E sha256`). */
import type { SimKeypair } from '../state';
import { DAY_MS, DEMO_USER_ID } from './constants';

export function seedKeypairs(now: number): SimKeypair[] {
  return [
    {
      id: 1,
      name: 'demo-key',
      userId: DEMO_USER_ID,
      publicKey:
        'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC0Vtqd297SOiPhXquaUYDQdVQKnMYr46gj1mjspC62TQFBC9DFrOZ4y+EYi8TrJBx8YuZTeaOr5dCUyiGjFhgb1bxzbRrvgdLrrhFN4+ijXEdtExzEsd900Xgc2yqNUvIPLk+8cbDkTLcgyDYtyjpxD+wP7GdG+lm2Cw0UlsByw9p2rhCgBz4ChOqifi7XGf09cdMK499gqXCPOV6zHAQfvB87KDI9PnO/HK1TFzuKEHno3yOoOaly1xfKh9oPzlJ39N9ObdQQE81lJ5H0XBXle4d9hIuiviCjtOGUEoZ3wQHSzbLwqd72tqSrAhw9qNkkvHiEGwe2kb1aTEFdZHj9 Generated-by-Nova',
      fingerprint: 'SHA256:7TiGq1ltvzbWpcNhrB3F7Oi3hstAFzsg2Gt92/mH2Rg',
      createdAt: now - 90 * DAY_MS,
    },
    {
      id: 2,
      name: 'ops-ed25519',
      userId: DEMO_USER_ID,
      publicKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIC8Jay26O0CgeweRedyLcW0QIH9IAdCBRxdD0UaxFgxE ops@example.com',
      fingerprint: 'SHA256:E4C3IbqAt0ScY89mSEB9061OlfgblAACMfOIvBUw6ZA',
      createdAt: now - 30 * DAY_MS,
    },
  ];
}
