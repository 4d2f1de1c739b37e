import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createKeyPair, deleteKeyPair, importKeyPair } from '../../api/keypairs';
import type { CreatedKeyPair } from '../../api/schemas/keypair';
import { keyPairKeys } from './key-pair-queries';

export interface CreateKeyPairVariables {
  name: string;
  /**
   * Receives the generated private key (PEM) once. The key goes here and nowhere else: the mutation's result,
   * which React Query keeps in its cache, is the key pair without it.
   */
  receivePrivateKey: (privateKeyPem: string) => void;
}

/**
 * Nova generates a key pair (POST /os-keypairs without `public_key`). Settled either way, the list is refetched:
 * after a lost answer the key pair may exist although its private key never arrived.
 */
export function useCreateKeyPair() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ name, receivePrivateKey }: CreateKeyPairVariables): Promise<CreatedKeyPair> => {
      const { private_key: privateKey, ...keyPair } = await createKeyPair(name);
      receivePrivateKey(privateKey);
      return keyPair;
    },
    // Nothing of a finished create is worth keeping; the caller resets the mutation when its dialog closes.
    gcTime: 0,
    onSettled: () => queryClient.invalidateQueries({ queryKey: keyPairKeys.all }),
  });
}

export interface ImportKeyPairVariables {
  name: string;
  /** The checked, normalized OpenSSH public key line (checkPublicKey's `normalized`). */
  publicKey: string;
}

export function useImportKeyPair() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ name, publicKey }: ImportKeyPairVariables) => importKeyPair(name, publicKey),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keyPairKeys.all }),
  });
}

export function useDeleteKeyPair() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => deleteKeyPair(name),
    onSuccess: (_data, name) => queryClient.removeQueries({ queryKey: keyPairKeys.detail(name) }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keyPairKeys.all }),
  });
}
