/** The key algorithm as operators name it, from an OpenSSH public key line's type; null when not recognised. */
const ALGORITHMS: Record<string, string> = {
  'ssh-rsa': 'RSA',
  'ssh-ed25519': 'Ed25519',
  'ecdsa-sha2-nistp256': 'ECDSA P-256',
  'ecdsa-sha2-nistp384': 'ECDSA P-384',
  'ecdsa-sha2-nistp521': 'ECDSA P-521',
  'ssh-dss': 'DSA',
  'sk-ssh-ed25519@openssh.com': 'Ed25519-SK',
  'sk-ecdsa-sha2-nistp256@openssh.com': 'ECDSA-SK',
};

export function keyAlgorithmOf(publicKey: string): string | null {
  const type = publicKey.trim().split(/\s+/)[0] ?? '';
  return ALGORITHMS[type] ?? null;
}
