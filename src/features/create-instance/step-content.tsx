import type { ServerCreateBody } from '../../api/schemas/server-create';
import { DetailsStep } from './steps/details-step';
import { FlavorStep } from './steps/flavor-step';
import { ImageStep } from './steps/image-step';
import { KeyPairStep } from './steps/key-pair-step';
import { NetworkStep } from './steps/network-step';
import { ReviewStep } from './steps/review-step';
import { SecurityGroupStep } from './steps/security-group-step';
import { StorageStep } from './steps/storage-step';
import type { CreateOutcome } from './use-create-instance';
import type { StepId } from './wizard-steps';
import type { WizardValues } from './wizard-values';

interface StepContentProps {
  step: StepId;
  values: WizardValues;
  body: ServerCreateBody | null;
  outcome: CreateOutcome;
  onBack: () => void;
  onRetry: () => void;
  onCheckAgain: () => void;
}

export function StepContent({ step, ...review }: StepContentProps) {
  switch (step) {
    case 'image':
      return <ImageStep />;
    case 'flavor':
      return <FlavorStep />;
    case 'storage':
      return <StorageStep />;
    case 'network':
      return <NetworkStep />;
    case 'securityGroups':
      return <SecurityGroupStep />;
    case 'keyPair':
      return <KeyPairStep />;
    case 'details':
      return <DetailsStep />;
    case 'review':
      return <ReviewStep {...review} />;
  }
}
