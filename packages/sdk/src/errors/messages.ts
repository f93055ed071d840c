import { formatUnits18 as amount } from "./format.ts";

type Explain = (args: readonly unknown[]) => string;

/**
 * One human message per custom error of every deployed contract (a test checks that the
 * generated ABIs leave none out). Arguments arrive in the order the error declares them.
 */
export const contractErrorMessages: Record<string, Explain> = {
  // OpenZeppelin 5
  ERC20InsufficientBalance: ([, balance, needed]) =>
    `Your balance is ${amount(balance)} but ${amount(needed)} is needed.`,
  ERC20InsufficientAllowance: ([, allowance, needed]) =>
    `The contract may spend ${amount(allowance)} of your tokens but needs ${amount(needed)}. Approve more first.`,
  ERC20InvalidSender: () => "Tokens cannot be sent from the zero address.",
  ERC20InvalidReceiver: () => "Tokens cannot be sent to the zero address.",
  ERC20InvalidApprover: () => "The zero address cannot approve spending.",
  ERC20InvalidSpender: () => "The zero address cannot be approved to spend.",
  AccessControlUnauthorizedAccount: ([account]) =>
    `Account ${String(account)} does not have the role this action needs.`,
  AccessControlBadConfirmation: () => "Only the account itself can renounce its role.",
  ReentrancyGuardReentrantCall: () => "A call tried to re-enter the contract and was stopped.",
  ECDSAInvalidSignature: () => "The signature is not valid.",
  ECDSAInvalidSignatureLength: () => "The signature has the wrong length.",
  ECDSAInvalidSignatureS: () => "The signature is malformed.",
  FailedCall: () => "A call to another contract failed.",
  InsufficientBalance: ([balance, needed]) => `The contract holds ${amount(balance)} but ${amount(needed)} is needed.`,
  InvalidShortString: () => "A name is too long.",
  StringTooLong: () => "A name is too long.",
  SafeERC20FailedOperation: () => "A token transfer failed.",
  SafeCastOverflowedUintDowncast: () => "A number is too large.",
  InvalidAccountNonce: () => "The signature was already used.",
  ERC5805FutureLookup: () => "That moment has not happened yet.",
  ERC6372InconsistentClock: () => "The token's clock is inconsistent.",
  VotesExpiredSignature: () => "The signature has expired.",
  ERC20ExceededSafeSupply: () => "The supply would exceed what votes can track.",
};
