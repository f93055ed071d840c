export { ScipioProvider, useContractAddress, useDeployment } from "./context.ts";
export { isBusy, type TransactionState, type TransactionStatus, type TransactionUpdate } from "./transaction-state.ts";
export { useTransaction, type ContractWrite } from "./use-transaction.ts";
export {
  useBuyCapitalTokens,
  useCapitalTokenBalance,
  useCapitalTokenBuyQuote,
  useCapitalTokenSellQuote,
  useSellCapitalTokens,
} from "./capital-token.ts";
