import { type ComponentType, createContext, useContext } from 'react';

export interface KeyPairDialogProps {
  opened: boolean;
  onClose: () => void;
  /** The new key pair's name, once the key pair exists (and a generated private key was saved). */
  onCreated: (name: string) => void;
}

/**
 * The key pair dialogs the wizard offers on its Key pair step. They belong to the key pairs feature; features meet
 * only through query factories, so the app hands them in (src/app/routes.tsx) and the wizard knows only this shape.
 */
export interface KeyPairDialogs {
  Create: ComponentType<KeyPairDialogProps>;
  Import: ComponentType<KeyPairDialogProps>;
}

/** null: no dialogs were handed in, and the step offers only the existing key pairs. */
export const KeyPairDialogsContext = createContext<KeyPairDialogs | null>(null);

export const useKeyPairDialogs = () => useContext(KeyPairDialogsContext);
