import { saveTextFile } from '../../lib/download';

/**
 * A generated private key while its one-time dialog is open. The dialog's state holds this box, not the string,
 * so `forget()` reaches every render that ever saw it (React keeps the previous render's state for a while).
 */
export class PrivateKeySecret {
  #pem: string | null;

  constructor(
    readonly keyPairName: string,
    pem: string,
  ) {
    // ssh-keygen wants the PEM's last line ended.
    this.#pem = pem.endsWith('\n') ? pem : `${pem}\n`;
  }

  /** `<name>.pem`, the name the download and the ssh examples use. */
  get fileName(): string {
    return `${this.keyPairName}.pem`;
  }

  /** The PEM text, or "" once forgotten. */
  reveal(): string {
    return this.#pem ?? '';
  }

  get forgotten(): boolean {
    return this.#pem === null;
  }

  forget(): void {
    this.#pem = null;
  }

  /** Saves `<name>.pem` through the browser's download, straight from memory. */
  download(): void {
    if (this.#pem !== null) saveTextFile(this.fileName, this.#pem, 'application/x-pem-file');
  }
}
