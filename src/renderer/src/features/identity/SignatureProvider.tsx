import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type {
  ElectronicSignature,
  HandwrittenSignature,
  SignatureBinding,
  SignatureMeaning,
} from '../../../../shared/signatures';
import { HandwrittenSignatureDialog } from './HandwrittenSignatureDialog';
import { SignatureDialog } from './SignatureDialog';

/**
 * A signing to ask for: what it means, a sentence saying what is signed (shown in the dialog),
 * and the record as it will be saved with the fields the signature covers. The content hash is
 * taken of exactly those fields, which are then locked (21 CFR 11.70).
 */
export type SignatureRequest = {
  meaning: SignatureMeaning;
  statement: string;
  binding: SignatureBinding;
  record: unknown;
};

/** A handwritten signing (the HCP at the booth); the name may be prefilled. */
export type HandwrittenSignatureRequest = SignatureRequest & { signerName?: string };

type Pending =
  | {
      kind: 'electronic';
      request: SignatureRequest;
      resolve: (value: ElectronicSignature | null) => void;
    }
  | {
      kind: 'handwritten';
      request: HandwrittenSignatureRequest;
      resolve: (value: HandwrittenSignature | null) => void;
    };

type SignatureApi = {
  /** Asks the signed-in person to sign; null when they cancel. The signature is not saved yet. */
  requestSignature: (request: SignatureRequest) => Promise<ElectronicSignature | null>;
  /** Asks someone to sign by hand on screen, witnessed by the signed-in person; null on cancel. */
  requestHandwrittenSignature: (
    request: HandwrittenSignatureRequest,
  ) => Promise<HandwrittenSignature | null>;
};

const SignatureContext = createContext<SignatureApi | null>(null);

/** Holds the one signature dialog of the app; everything that signs goes through it. */
export function SignatureProvider({ children }: { children: ReactNode }): ReactNode {
  const [pending, setPending] = useState<Pending | null>(null);
  const requestSignature = useCallback(
    (request: SignatureRequest) =>
      new Promise<ElectronicSignature | null>((resolve) =>
        setPending({ kind: 'electronic', request, resolve }),
      ),
    [],
  );
  const requestHandwrittenSignature = useCallback(
    (request: HandwrittenSignatureRequest) =>
      new Promise<HandwrittenSignature | null>((resolve) =>
        setPending({ kind: 'handwritten', request, resolve }),
      ),
    [],
  );
  const api = useMemo(
    () => ({ requestSignature, requestHandwrittenSignature }),
    [requestSignature, requestHandwrittenSignature],
  );
  return (
    <SignatureContext.Provider value={api}>
      {children}
      {pending?.kind === 'electronic' && (
        <SignatureDialog
          request={pending.request}
          onDone={(signature) => {
            pending.resolve(signature);
            setPending(null);
          }}
        />
      )}
      {pending?.kind === 'handwritten' && (
        <HandwrittenSignatureDialog
          request={pending.request}
          onDone={(signature) => {
            pending.resolve(signature);
            setPending(null);
          }}
        />
      )}
    </SignatureContext.Provider>
  );
}

/**
 * The e-signature service for every feature: `requestSignature({ meaning, statement, binding,
 * record })` opens the dialog (user ID and password; later signings in the session ask the
 * password only) and resolves to the signature, or null when cancelled. Save the signature with
 * the record it signs: `writeSynced(db, { …, signatures: [signature] })`.
 */
export function useSignatureDialog(): SignatureApi {
  const api = useContext(SignatureContext);
  if (!api) throw new Error('useSignatureDialog() needs to be used after sign-in');
  return api;
}
