import {
  createUseReadContract,
  createUseWriteContract,
  createUseSimulateContract,
  createUseWatchContractEvent,
} from 'wagmi/codegen'

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// Placeholder
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const placeholderAbi = [
  { type: 'constructor', inputs: [], stateMutability: 'nonpayable' },
  {
    type: 'function',
    inputs: [
      { name: 'owner', internalType: 'address', type: 'address' },
      { name: 'spender', internalType: 'address', type: 'address' },
    ],
    name: 'allowance',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'spender', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'approve',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'balanceOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'decimals',
    outputs: [{ name: '', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'name',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'symbol',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'totalSupply',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'transfer',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'from', internalType: 'address', type: 'address' },
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'transferFrom',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'owner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'spender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Approval',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'from', internalType: 'address', type: 'address', indexed: true },
      { name: 'to', internalType: 'address', type: 'address', indexed: true },
      {
        name: 'value',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Transfer',
  },
  {
    type: 'error',
    inputs: [
      { name: 'spender', internalType: 'address', type: 'address' },
      { name: 'allowance', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC20InsufficientAllowance',
  },
  {
    type: 'error',
    inputs: [
      { name: 'sender', internalType: 'address', type: 'address' },
      { name: 'balance', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC20InsufficientBalance',
  },
  {
    type: 'error',
    inputs: [{ name: 'approver', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidApprover',
  },
  {
    type: 'error',
    inputs: [{ name: 'receiver', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidReceiver',
  },
  {
    type: 'error',
    inputs: [{ name: 'sender', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidSender',
  },
  {
    type: 'error',
    inputs: [{ name: 'spender', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidSpender',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// React
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link placeholderAbi}__
 */
export const useReadPlaceholder = /*#__PURE__*/ createUseReadContract({
  abi: placeholderAbi,
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link placeholderAbi}__ and `functionName` set to `"allowance"`
 */
export const useReadPlaceholderAllowance = /*#__PURE__*/ createUseReadContract({
  abi: placeholderAbi,
  functionName: 'allowance',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link placeholderAbi}__ and `functionName` set to `"balanceOf"`
 */
export const useReadPlaceholderBalanceOf = /*#__PURE__*/ createUseReadContract({
  abi: placeholderAbi,
  functionName: 'balanceOf',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link placeholderAbi}__ and `functionName` set to `"decimals"`
 */
export const useReadPlaceholderDecimals = /*#__PURE__*/ createUseReadContract({
  abi: placeholderAbi,
  functionName: 'decimals',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link placeholderAbi}__ and `functionName` set to `"name"`
 */
export const useReadPlaceholderName = /*#__PURE__*/ createUseReadContract({
  abi: placeholderAbi,
  functionName: 'name',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link placeholderAbi}__ and `functionName` set to `"symbol"`
 */
export const useReadPlaceholderSymbol = /*#__PURE__*/ createUseReadContract({
  abi: placeholderAbi,
  functionName: 'symbol',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link placeholderAbi}__ and `functionName` set to `"totalSupply"`
 */
export const useReadPlaceholderTotalSupply =
  /*#__PURE__*/ createUseReadContract({
    abi: placeholderAbi,
    functionName: 'totalSupply',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link placeholderAbi}__
 */
export const useWritePlaceholder = /*#__PURE__*/ createUseWriteContract({
  abi: placeholderAbi,
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link placeholderAbi}__ and `functionName` set to `"approve"`
 */
export const useWritePlaceholderApprove = /*#__PURE__*/ createUseWriteContract({
  abi: placeholderAbi,
  functionName: 'approve',
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link placeholderAbi}__ and `functionName` set to `"transfer"`
 */
export const useWritePlaceholderTransfer = /*#__PURE__*/ createUseWriteContract(
  { abi: placeholderAbi, functionName: 'transfer' },
)

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link placeholderAbi}__ and `functionName` set to `"transferFrom"`
 */
export const useWritePlaceholderTransferFrom =
  /*#__PURE__*/ createUseWriteContract({
    abi: placeholderAbi,
    functionName: 'transferFrom',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link placeholderAbi}__
 */
export const useSimulatePlaceholder = /*#__PURE__*/ createUseSimulateContract({
  abi: placeholderAbi,
})

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link placeholderAbi}__ and `functionName` set to `"approve"`
 */
export const useSimulatePlaceholderApprove =
  /*#__PURE__*/ createUseSimulateContract({
    abi: placeholderAbi,
    functionName: 'approve',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link placeholderAbi}__ and `functionName` set to `"transfer"`
 */
export const useSimulatePlaceholderTransfer =
  /*#__PURE__*/ createUseSimulateContract({
    abi: placeholderAbi,
    functionName: 'transfer',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link placeholderAbi}__ and `functionName` set to `"transferFrom"`
 */
export const useSimulatePlaceholderTransferFrom =
  /*#__PURE__*/ createUseSimulateContract({
    abi: placeholderAbi,
    functionName: 'transferFrom',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link placeholderAbi}__
 */
export const useWatchPlaceholderEvent =
  /*#__PURE__*/ createUseWatchContractEvent({ abi: placeholderAbi })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link placeholderAbi}__ and `eventName` set to `"Approval"`
 */
export const useWatchPlaceholderApprovalEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: placeholderAbi,
    eventName: 'Approval',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link placeholderAbi}__ and `eventName` set to `"Transfer"`
 */
export const useWatchPlaceholderTransferEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: placeholderAbi,
    eventName: 'Transfer',
  })
