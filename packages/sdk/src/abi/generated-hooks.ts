import {
  createUseReadContract,
  createUseWriteContract,
  createUseSimulateContract,
  createUseWatchContractEvent,
} from 'wagmi/codegen'

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// BandwidthAuction
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const bandwidthAuctionAbi = [
  {
    type: 'constructor',
    inputs: [
      {
        name: 'sale',
        internalType: 'contract IPlatformTokenSale',
        type: 'address',
      },
      {
        name: 'factory',
        internalType: 'contract IBandwidthTokenFactory',
        type: 'address',
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'COMMON_POOL_BPS',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'PRIORITY_WINDOW',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'auctionCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'auctionId', internalType: 'uint256', type: 'uint256' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'bid',
    outputs: [],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [{ name: 'auctionId', internalType: 'uint256', type: 'uint256' }],
    name: 'claimCommonPool',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'auctionId', internalType: 'uint256', type: 'uint256' }],
    name: 'claimProceeds',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'auctionId', internalType: 'uint256', type: 'uint256' }],
    name: 'claimTokens',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'auctionId', internalType: 'uint256', type: 'uint256' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'cost',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'token',
        internalType: 'contract IBandwidthToken',
        type: 'address',
      },
      { name: 'totalInvestment', internalType: 'uint256', type: 'uint256' },
      { name: 'offered', internalType: 'uint256', type: 'uint256' },
      { name: 'price', internalType: 'uint256', type: 'uint256' },
      { name: 'startsAt', internalType: 'uint256', type: 'uint256' },
      { name: 'endsAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'createAuction',
    outputs: [{ name: 'auctionId', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'auctionId', internalType: 'uint256', type: 'uint256' }],
    name: 'getAuction',
    outputs: [
      {
        name: '',
        internalType: 'struct IBandwidthAuction.Auction',
        type: 'tuple',
        components: [
          {
            name: 'token',
            internalType: 'contract IBandwidthToken',
            type: 'address',
          },
          { name: 'operator', internalType: 'address', type: 'address' },
          { name: 'startsAt', internalType: 'uint32', type: 'uint32' },
          { name: 'endsAt', internalType: 'uint32', type: 'uint32' },
          { name: 'settled', internalType: 'bool', type: 'bool' },
          { name: 'proceedsClaimed', internalType: 'bool', type: 'bool' },
          { name: 'price', internalType: 'uint128', type: 'uint128' },
          { name: 'offered', internalType: 'uint128', type: 'uint128' },
          { name: 'sold', internalType: 'uint128', type: 'uint128' },
          { name: 'totalInvestment', internalType: 'uint128', type: 'uint128' },
          { name: 'raised', internalType: 'uint128', type: 'uint128' },
          { name: 'commonPool', internalType: 'uint128', type: 'uint128' },
          {
            name: 'commonPoolClaimed',
            internalType: 'uint128',
            type: 'uint128',
          },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'auctionId', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'positionOf',
    outputs: [
      { name: 'allocation', internalType: 'uint256', type: 'uint256' },
      {
        name: 'position',
        internalType: 'struct IBandwidthAuction.Position',
        type: 'tuple',
        components: [
          { name: 'bought', internalType: 'uint128', type: 'uint128' },
          { name: 'tokensClaimed', internalType: 'bool', type: 'bool' },
          { name: 'commonPoolClaimed', internalType: 'bool', type: 'bool' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'auctionId', internalType: 'uint256', type: 'uint256' }],
    name: 'settle',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'auctionId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'operator',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'token',
        internalType: 'contract IBandwidthToken',
        type: 'address',
        indexed: true,
      },
      {
        name: 'totalInvestment',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'offered',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'price',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'startsAt',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'endsAt',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'AuctionCreated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'auctionId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'sold',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'raised',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'commonPool',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'AuctionSettled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'auctionId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'bidder',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'paid',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      { name: 'priority', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'BidPlaced',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'auctionId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'holder',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'CommonPoolClaimed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'auctionId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'operator',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ProceedsClaimed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'auctionId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'buyer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'TokensClaimed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'allocation', internalType: 'uint256', type: 'uint256' },
      { name: 'bought', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AuctionAboveAllocation',
  },
  {
    type: 'error',
    inputs: [
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AuctionEtherTransferFailed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
      { name: 'remaining', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AuctionExceedsRemaining',
  },
  {
    type: 'error',
    inputs: [{ name: 'auctionId', internalType: 'uint256', type: 'uint256' }],
    name: 'AuctionNotFound',
  },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'AuctionNotMinter',
  },
  {
    type: 'error',
    inputs: [
      { name: 'auctionId', internalType: 'uint256', type: 'uint256' },
      { name: 'startsAt', internalType: 'uint256', type: 'uint256' },
      { name: 'endsAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AuctionNotOpen',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'AuctionNotOperator',
  },
  {
    type: 'error',
    inputs: [
      { name: 'auctionId', internalType: 'uint256', type: 'uint256' },
      { name: 'endsAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AuctionNotSettleable',
  },
  {
    type: 'error',
    inputs: [
      { name: 'auctionId', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'AuctionNothingToClaim',
  },
  {
    type: 'error',
    inputs: [
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'min', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AuctionParameterOutOfBounds',
  },
  {
    type: 'error',
    inputs: [
      { name: 'raise', internalType: 'uint256', type: 'uint256' },
      { name: 'cap', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AuctionRaiseAboveCap',
  },
  { type: 'error', inputs: [], name: 'AuctionSaleNotFinalized' },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'AuctionUnknownToken',
  },
  {
    type: 'error',
    inputs: [
      { name: 'sent', internalType: 'uint256', type: 'uint256' },
      { name: 'cost', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AuctionWrongPayment',
  },
  { type: 'error', inputs: [], name: 'AuctionZeroBid' },
  { type: 'error', inputs: [], name: 'ReentrancyGuardReentrantCall' },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'SafeERC20FailedOperation',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// BandwidthToken
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const bandwidthTokenAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'name_', internalType: 'string', type: 'string' },
      { name: 'symbol_', internalType: 'string', type: 'string' },
      { name: 'operator_', internalType: 'address', type: 'address' },
      { name: 'deliveryStart_', internalType: 'uint256', type: 'uint256' },
      { name: 'deliveryEnd_', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'minter', internalType: 'address', type: 'address' }],
    name: 'addMinter',
    outputs: [],
    stateMutability: 'nonpayable',
  },
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
    name: 'deliveryEnd',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'deliveryStart',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'isMinter',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'mint',
    outputs: [],
    stateMutability: 'nonpayable',
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
    name: 'operator',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'owner',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'minter', internalType: 'address', type: 'address' }],
    name: 'removeMinter',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'renounceOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
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
    type: 'function',
    inputs: [{ name: 'newOwner', internalType: 'address', type: 'address' }],
    name: 'transferOwnership',
    outputs: [],
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
      {
        name: 'minter',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'MinterAdded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'minter',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'MinterRemoved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previousOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'newOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'OwnershipTransferred',
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
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'BandwidthNotMinter',
  },
  { type: 'error', inputs: [], name: 'BandwidthZeroMinter' },
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
  {
    type: 'error',
    inputs: [{ name: 'owner', internalType: 'address', type: 'address' }],
    name: 'OwnableInvalidOwner',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'OwnableUnauthorizedAccount',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// BandwidthTokenFactory
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const bandwidthTokenFactoryAbi = [
  {
    type: 'constructor',
    inputs: [
      {
        name: 'participants',
        internalType: 'contract IParticipantRegistry',
        type: 'address',
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_PAGE',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'symbol', internalType: 'string', type: 'string' },
      { name: 'deliveryStart', internalType: 'uint256', type: 'uint256' },
      { name: 'deliveryEnd', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'createToken',
    outputs: [
      {
        name: 'token',
        internalType: 'contract IBandwidthToken',
        type: 'address',
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'start', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'getTokensOf',
    outputs: [
      {
        name: 'tokens',
        internalType: 'contract IBandwidthToken[]',
        type: 'address[]',
      },
      { name: 'total', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'isBandwidthToken',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'operator',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'token',
        internalType: 'contract IBandwidthToken',
        type: 'address',
        indexed: true,
      },
      { name: 'name', internalType: 'string', type: 'string', indexed: false },
      {
        name: 'symbol',
        internalType: 'string',
        type: 'string',
        indexed: false,
      },
      {
        name: 'deliveryStart',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'deliveryEnd',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'BandwidthTokenCreated',
  },
  {
    type: 'error',
    inputs: [
      { name: 'deliveryStart', internalType: 'uint256', type: 'uint256' },
      { name: 'deliveryEnd', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'FactoryBadDeliveryPeriod',
  },
  {
    type: 'error',
    inputs: [{ name: 'maxLength', internalType: 'uint256', type: 'uint256' }],
    name: 'FactoryBadName',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'FactoryNotOperator',
  },
  {
    type: 'error',
    inputs: [
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'FactoryPageTooLarge',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// CapitalToken
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const capitalTokenAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'projectRegistry_', internalType: 'address', type: 'address' },
      { name: 'plcrVoting_', internalType: 'address', type: 'address' },
      { name: 'taskRegistry_', internalType: 'address', type: 'address' },
      { name: 'floorPrice_', internalType: 'uint256', type: 'uint256' },
      { name: 'deadSupply_', internalType: 'uint256', type: 'uint256' },
      { name: 'releaseWindow_', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'DEAD_ADDRESS',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
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
    inputs: [],
    name: 'availablePool',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
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
    inputs: [{ name: 'amount', internalType: 'uint256', type: 'uint256' }],
    name: 'burnStake',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'minTokensOut', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'buy',
    outputs: [{ name: 'tokensOut', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'deadSupply',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'decimals',
    outputs: [{ name: '', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [{ name: 'projectId', internalType: 'uint256', type: 'uint256' }],
    name: 'escrowOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'floorPrice',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'escrowAmount', internalType: 'uint256', type: 'uint256' },
      { name: 'rewardee', internalType: 'address', type: 'address' },
      { name: 'reward', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'fundProject',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'name',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'owedTo',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'payFromEscrow',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'pendingRelease',
    outputs: [
      { name: 'etherPending', internalType: 'uint256', type: 'uint256' },
      { name: 'tokensPending', internalType: 'uint256', type: 'uint256' },
      { name: 'releaseEnd', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'priceState',
    outputs: [
      { name: 'pool', internalType: 'uint256', type: 'uint256' },
      { name: 'supply', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'protocolContracts',
    outputs: [
      { name: 'projectRegistry', internalType: 'address', type: 'address' },
      { name: 'plcrVoting', internalType: 'address', type: 'address' },
      { name: 'taskRegistry', internalType: 'address', type: 'address' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'etherIn', internalType: 'uint256', type: 'uint256' }],
    name: 'quoteBuy',
    outputs: [{ name: 'tokensOut', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'tokens', internalType: 'uint256', type: 'uint256' }],
    name: 'quoteBuyCost',
    outputs: [{ name: 'etherIn', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'tokens', internalType: 'uint256', type: 'uint256' }],
    name: 'quoteSell',
    outputs: [{ name: 'etherOut', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'releaseWindow',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'returnEscrow',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
      { name: 'minEtherOut', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'sell',
    outputs: [{ name: 'etherOut', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'sendFromEscrow',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'spotPrice',
    outputs: [
      { name: 'buyPrice', internalType: 'uint256', type: 'uint256' },
      { name: 'sellPrice', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'symbol',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'takeStake',
    outputs: [],
    stateMutability: 'nonpayable',
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
    type: 'function',
    inputs: [],
    name: 'withdrawOwed',
    outputs: [{ name: 'amount', internalType: 'uint256', type: 'uint256' }],
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
      {
        name: 'buyer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'etherIn',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'tokensOut',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Bought',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'projectId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'EscrowPaid',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'projectId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'EscrowReturned',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'projectId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'EscrowSent',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'OwedWithdrawn',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'projectId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'escrowed',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'rewardee',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'reward',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ProjectFunded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'etherAdded',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'tokensAdded',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'releaseEnd',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ReleaseScheduled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'seller',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'tokensIn',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'etherOut',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Sold',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'protocol',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'StakeBurned',
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
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'CapitalAmountTooLarge',
  },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'CapitalEtherTransferFailed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'escrowed', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'CapitalInsufficientEscrow',
  },
  {
    type: 'error',
    inputs: [
      { name: 'etherOut', internalType: 'uint256', type: 'uint256' },
      { name: 'minEtherOut', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'CapitalInsufficientEtherOut',
  },
  {
    type: 'error',
    inputs: [
      { name: 'available', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'CapitalInsufficientPool',
  },
  {
    type: 'error',
    inputs: [
      { name: 'tokensOut', internalType: 'uint256', type: 'uint256' },
      { name: 'minTokensOut', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'CapitalInsufficientTokensOut',
  },
  {
    type: 'error',
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'CapitalNotProtocol',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'CapitalNothingOwed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'min', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'CapitalParameterOutOfBounds',
  },
  { type: 'error', inputs: [], name: 'CapitalZeroAmount' },
  { type: 'error', inputs: [], name: 'CapitalZeroEther' },
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
  { type: 'error', inputs: [], name: 'ReentrancyGuardReentrantCall' },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// NodeRegistry
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const nodeRegistryAbi = [
  {
    type: 'constructor',
    inputs: [
      {
        name: 'participants',
        internalType: 'contract IParticipantRegistry',
        type: 'address',
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_PAGE',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'nodeId', internalType: 'uint256', type: 'uint256' }],
    name: 'getNode',
    outputs: [
      {
        name: 'node',
        internalType: 'struct INodeRegistry.Node',
        type: 'tuple',
        components: [
          { name: 'owner', internalType: 'address', type: 'address' },
          {
            name: 'kind',
            internalType: 'enum INodeRegistry.NodeKind',
            type: 'uint8',
          },
          {
            name: 'status',
            internalType: 'enum INodeRegistry.NodeStatus',
            type: 'uint8',
          },
          {
            name: 'metadataCodec',
            internalType: 'enum IProjectRegistry.CidCodec',
            type: 'uint8',
          },
          { name: 'latitude', internalType: 'int32', type: 'int32' },
          { name: 'longitude', internalType: 'int32', type: 'int32' },
          { name: 'metadataDigest', internalType: 'bytes32', type: 'bytes32' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'firstId', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'getNodes',
    outputs: [
      {
        name: 'nodes',
        internalType: 'struct INodeRegistry.Node[]',
        type: 'tuple[]',
        components: [
          { name: 'owner', internalType: 'address', type: 'address' },
          {
            name: 'kind',
            internalType: 'enum INodeRegistry.NodeKind',
            type: 'uint8',
          },
          {
            name: 'status',
            internalType: 'enum INodeRegistry.NodeStatus',
            type: 'uint8',
          },
          {
            name: 'metadataCodec',
            internalType: 'enum IProjectRegistry.CidCodec',
            type: 'uint8',
          },
          { name: 'latitude', internalType: 'int32', type: 'int32' },
          { name: 'longitude', internalType: 'int32', type: 'int32' },
          { name: 'metadataDigest', internalType: 'bytes32', type: 'bytes32' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'nodeCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'input',
        internalType: 'struct INodeRegistry.NodeInput',
        type: 'tuple',
        components: [
          {
            name: 'kind',
            internalType: 'enum INodeRegistry.NodeKind',
            type: 'uint8',
          },
          {
            name: 'status',
            internalType: 'enum INodeRegistry.NodeStatus',
            type: 'uint8',
          },
          { name: 'latitude', internalType: 'int32', type: 'int32' },
          { name: 'longitude', internalType: 'int32', type: 'int32' },
          { name: 'metadataDigest', internalType: 'bytes32', type: 'bytes32' },
          {
            name: 'metadataCodec',
            internalType: 'enum IProjectRegistry.CidCodec',
            type: 'uint8',
          },
        ],
      },
    ],
    name: 'registerNode',
    outputs: [{ name: 'nodeId', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'nodeId', internalType: 'uint256', type: 'uint256' }],
    name: 'removeNode',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'nodeId', internalType: 'uint256', type: 'uint256' },
      {
        name: 'status',
        internalType: 'enum INodeRegistry.NodeStatus',
        type: 'uint8',
      },
    ],
    name: 'setNodeStatus',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'nodeId', internalType: 'uint256', type: 'uint256' },
      {
        name: 'input',
        internalType: 'struct INodeRegistry.NodeInput',
        type: 'tuple',
        components: [
          {
            name: 'kind',
            internalType: 'enum INodeRegistry.NodeKind',
            type: 'uint8',
          },
          {
            name: 'status',
            internalType: 'enum INodeRegistry.NodeStatus',
            type: 'uint8',
          },
          { name: 'latitude', internalType: 'int32', type: 'int32' },
          { name: 'longitude', internalType: 'int32', type: 'int32' },
          { name: 'metadataDigest', internalType: 'bytes32', type: 'bytes32' },
          {
            name: 'metadataCodec',
            internalType: 'enum IProjectRegistry.CidCodec',
            type: 'uint8',
          },
        ],
      },
    ],
    name: 'updateNode',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'nodeId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'owner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'node',
        internalType: 'struct INodeRegistry.Node',
        type: 'tuple',
        components: [
          { name: 'owner', internalType: 'address', type: 'address' },
          {
            name: 'kind',
            internalType: 'enum INodeRegistry.NodeKind',
            type: 'uint8',
          },
          {
            name: 'status',
            internalType: 'enum INodeRegistry.NodeStatus',
            type: 'uint8',
          },
          {
            name: 'metadataCodec',
            internalType: 'enum IProjectRegistry.CidCodec',
            type: 'uint8',
          },
          { name: 'latitude', internalType: 'int32', type: 'int32' },
          { name: 'longitude', internalType: 'int32', type: 'int32' },
          { name: 'metadataDigest', internalType: 'bytes32', type: 'bytes32' },
        ],
        indexed: false,
      },
    ],
    name: 'NodeRegistered',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'nodeId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'owner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'NodeRemoved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'nodeId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'owner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'node',
        internalType: 'struct INodeRegistry.Node',
        type: 'tuple',
        components: [
          { name: 'owner', internalType: 'address', type: 'address' },
          {
            name: 'kind',
            internalType: 'enum INodeRegistry.NodeKind',
            type: 'uint8',
          },
          {
            name: 'status',
            internalType: 'enum INodeRegistry.NodeStatus',
            type: 'uint8',
          },
          {
            name: 'metadataCodec',
            internalType: 'enum IProjectRegistry.CidCodec',
            type: 'uint8',
          },
          { name: 'latitude', internalType: 'int32', type: 'int32' },
          { name: 'longitude', internalType: 'int32', type: 'int32' },
          { name: 'metadataDigest', internalType: 'bytes32', type: 'bytes32' },
        ],
        indexed: false,
      },
    ],
    name: 'NodeUpdated',
  },
  {
    type: 'error',
    inputs: [
      { name: 'latitude', internalType: 'int256', type: 'int256' },
      { name: 'longitude', internalType: 'int256', type: 'int256' },
    ],
    name: 'NodeBadLocation',
  },
  { type: 'error', inputs: [], name: 'NodeEmptyMetadata' },
  {
    type: 'error',
    inputs: [{ name: 'nodeId', internalType: 'uint256', type: 'uint256' }],
    name: 'NodeNotFound',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'NodeNotOperator',
  },
  {
    type: 'error',
    inputs: [
      { name: 'nodeId', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'NodeNotOwner',
  },
  {
    type: 'error',
    inputs: [
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'NodePageTooLarge',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// ParticipantRegistry
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const participantRegistryAbi = [
  {
    type: 'constructor',
    inputs: [{ name: 'admin', internalType: 'address', type: 'address' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'DEFAULT_ADMIN_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'INVESTOR_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_PAGE',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'OPERATOR_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'PLATFORM_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'PUBLIC_ADMINISTRATION_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'VALIDATOR_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'start', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'getParticipants',
    outputs: [
      { name: 'accounts', internalType: 'address[]', type: 'address[]' },
      { name: 'total', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'role', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getRoleAdmin',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'index', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'getRoleMember',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'role', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getRoleMemberCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'role', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getRoleMembers',
    outputs: [{ name: '', internalType: 'address[]', type: 'address[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'grantRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'hasRole',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'joinAsInvestor',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'callerConfirmation', internalType: 'address', type: 'address' },
    ],
    name: 'renounceRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'revokeRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'rolesOf',
    outputs: [{ name: 'mask', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'previousAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'newAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
    ],
    name: 'RoleAdminChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleGranted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleRevoked',
  },
  { type: 'error', inputs: [], name: 'AccessControlBadConfirmation' },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'neededRole', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AccessControlUnauthorizedAccount',
  },
  {
    type: 'error',
    inputs: [
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ParticipantPageTooLarge',
  },
  { type: 'error', inputs: [], name: 'ParticipantZeroAdmin' },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// PlatformToken
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const platformTokenAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'holder', internalType: 'address', type: 'address' },
      { name: 'supply', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'CLOCK_MODE',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'pure',
  },
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
    inputs: [{ name: 'amount', internalType: 'uint256', type: 'uint256' }],
    name: 'burn',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'pos', internalType: 'uint32', type: 'uint32' },
    ],
    name: 'checkpoints',
    outputs: [
      {
        name: '',
        internalType: 'struct Checkpoints.Checkpoint208',
        type: 'tuple',
        components: [
          { name: '_key', internalType: 'uint48', type: 'uint48' },
          { name: '_value', internalType: 'uint208', type: 'uint208' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'clock',
    outputs: [{ name: '', internalType: 'uint48', type: 'uint48' }],
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
    inputs: [{ name: 'delegatee', internalType: 'address', type: 'address' }],
    name: 'delegate',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'delegatee', internalType: 'address', type: 'address' },
      { name: 'nonce', internalType: 'uint256', type: 'uint256' },
      { name: 'expiry', internalType: 'uint256', type: 'uint256' },
      { name: 'v', internalType: 'uint8', type: 'uint8' },
      { name: 'r', internalType: 'bytes32', type: 'bytes32' },
      { name: 's', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'delegateBySig',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'delegates',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'eip712Domain',
    outputs: [
      { name: 'fields', internalType: 'bytes1', type: 'bytes1' },
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'version', internalType: 'string', type: 'string' },
      { name: 'chainId', internalType: 'uint256', type: 'uint256' },
      { name: 'verifyingContract', internalType: 'address', type: 'address' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
      { name: 'extensions', internalType: 'uint256[]', type: 'uint256[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'timepoint', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'getPastBalance',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'timepoint', internalType: 'uint256', type: 'uint256' }],
    name: 'getPastTotalSupply',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'timepoint', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'getPastVotes',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'getVotes',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
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
    inputs: [{ name: 'owner', internalType: 'address', type: 'address' }],
    name: 'nonces',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'numCheckpoints',
    outputs: [{ name: '', internalType: 'uint32', type: 'uint32' }],
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
      {
        name: 'delegator',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'fromDelegate',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'toDelegate',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'DelegateChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'delegate',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'previousVotes',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newVotes',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'DelegateVotesChanged',
  },
  { type: 'event', anonymous: false, inputs: [], name: 'EIP712DomainChanged' },
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
  { type: 'error', inputs: [], name: 'CheckpointUnorderedInsertion' },
  { type: 'error', inputs: [], name: 'ECDSAInvalidSignature' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'ECDSAInvalidSignatureLength',
  },
  {
    type: 'error',
    inputs: [{ name: 's', internalType: 'bytes32', type: 'bytes32' }],
    name: 'ECDSAInvalidSignatureS',
  },
  {
    type: 'error',
    inputs: [
      { name: 'increasedSupply', internalType: 'uint256', type: 'uint256' },
      { name: 'cap', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC20ExceededSafeSupply',
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
  {
    type: 'error',
    inputs: [
      { name: 'timepoint', internalType: 'uint256', type: 'uint256' },
      { name: 'clock', internalType: 'uint48', type: 'uint48' },
    ],
    name: 'ERC5805FutureLookup',
  },
  { type: 'error', inputs: [], name: 'ERC6372InconsistentClock' },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'currentNonce', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InvalidAccountNonce',
  },
  { type: 'error', inputs: [], name: 'InvalidShortString' },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'delegatee', internalType: 'address', type: 'address' },
    ],
    name: 'PlatformTokenDelegationFixed',
  },
  { type: 'error', inputs: [], name: 'PlatformTokenZeroValue' },
  {
    type: 'error',
    inputs: [
      { name: 'bits', internalType: 'uint8', type: 'uint8' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SafeCastOverflowedUintDowncast',
  },
  {
    type: 'error',
    inputs: [{ name: 'str', internalType: 'string', type: 'string' }],
    name: 'StringTooLong',
  },
  {
    type: 'error',
    inputs: [{ name: 'expiry', internalType: 'uint256', type: 'uint256' }],
    name: 'VotesExpiredSignature',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// PlatformTokenSale
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const platformTokenSaleAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'treasury_', internalType: 'address', type: 'address' },
      { name: 'rate_', internalType: 'uint256', type: 'uint256' },
      { name: 'cap_', internalType: 'uint256', type: 'uint256' },
      { name: 'duration', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'buy',
    outputs: [{ name: 'tokens', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'cap',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'closesAt',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'finalize',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'finalized',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'etherIn', internalType: 'uint256', type: 'uint256' }],
    name: 'quote',
    outputs: [{ name: 'tokens', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'rate',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'token',
    outputs: [
      { name: '', internalType: 'contract IPlatformToken', type: 'address' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'tokensRemaining',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'tokensSold',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'treasury',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'withdrawProceeds',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'treasury',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ProceedsWithdrawn',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'tokensSold',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'tokensBurned',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'proceeds',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'SaleFinalized',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'buyer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'etherPaid',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'tokens',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'TokensPurchased',
  },
  { type: 'error', inputs: [], name: 'ReentrancyGuardReentrantCall' },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'SafeERC20FailedOperation',
  },
  { type: 'error', inputs: [], name: 'SaleAlreadyFinalized' },
  {
    type: 'error',
    inputs: [{ name: 'closesAt', internalType: 'uint256', type: 'uint256' }],
    name: 'SaleClosed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'treasury', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SaleEtherTransferFailed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'tokens', internalType: 'uint256', type: 'uint256' },
      { name: 'remaining', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SaleExceedsRemaining',
  },
  { type: 'error', inputs: [], name: 'SaleNotFinalized' },
  { type: 'error', inputs: [], name: 'SaleNothingToWithdraw' },
  {
    type: 'error',
    inputs: [
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'min', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SaleParameterOutOfBounds',
  },
  {
    type: 'error',
    inputs: [{ name: 'closesAt', internalType: 'uint256', type: 'uint256' }],
    name: 'SaleStillOpen',
  },
  { type: 'error', inputs: [], name: 'SaleZeroPurchase' },
  { type: 'error', inputs: [], name: 'SaleZeroTreasury' },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// PlcrVoting
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const plcrVotingAbi = [
  {
    type: 'constructor',
    inputs: [
      {
        name: 'token',
        internalType: 'contract ICapitalToken',
        type: 'address',
      },
      {
        name: 'reputation',
        internalType: 'contract IReputationRegistry',
        type: 'address',
      },
      { name: 'pollOpener_', internalType: 'address', type: 'address' },
      {
        name: 'params',
        internalType: 'struct IPlcrVoting.Parameters',
        type: 'tuple',
        components: [
          { name: 'commitPeriod', internalType: 'uint256', type: 'uint256' },
          { name: 'revealPeriod', internalType: 'uint256', type: 'uint256' },
          { name: 'quorumBps', internalType: 'uint256', type: 'uint256' },
        ],
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_BATCH',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_ESCROW',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'capitalToken',
    outputs: [
      { name: '', internalType: 'contract ICapitalToken', type: 'address' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'pollId', internalType: 'uint256', type: 'uint256' },
      { name: 'voter', internalType: 'address', type: 'address' },
      { name: 'support', internalType: 'bool', type: 'bool' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'commitHashOf',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'pollId', internalType: 'uint256', type: 'uint256' },
      { name: 'commitHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'tokens', internalType: 'uint256', type: 'uint256' },
      { name: 'reputation', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'commitVote',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'pollId', internalType: 'uint256', type: 'uint256' }],
    name: 'getPoll',
    outputs: [
      {
        name: '',
        internalType: 'struct IPlcrVoting.PollView',
        type: 'tuple',
        components: [
          { name: 'pollId', internalType: 'uint256', type: 'uint256' },
          { name: 'commitEnd', internalType: 'uint256', type: 'uint256' },
          { name: 'revealEnd', internalType: 'uint256', type: 'uint256' },
          { name: 'totalTokens', internalType: 'uint256', type: 'uint256' },
          { name: 'totalReputation', internalType: 'uint256', type: 'uint256' },
          { name: 'tokensFor', internalType: 'uint256', type: 'uint256' },
          { name: 'tokensAgainst', internalType: 'uint256', type: 'uint256' },
          { name: 'reputationFor', internalType: 'uint256', type: 'uint256' },
          {
            name: 'reputationAgainst',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'quorum', internalType: 'bool', type: 'bool' },
          { name: 'passes', internalType: 'bool', type: 'bool' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'projectId', internalType: 'uint256', type: 'uint256' }],
    name: 'getPollGroup',
    outputs: [
      {
        name: 'view_',
        internalType: 'struct IPlcrVoting.PollGroupView',
        type: 'tuple',
        components: [
          { name: 'opener', internalType: 'address', type: 'address' },
          { name: 'taskMask', internalType: 'uint32', type: 'uint32' },
          { name: 'commitEnd', internalType: 'uint256', type: 'uint256' },
          { name: 'revealEnd', internalType: 'uint256', type: 'uint256' },
          { name: 'totalTokens', internalType: 'uint256', type: 'uint256' },
          { name: 'totalReputation', internalType: 'uint256', type: 'uint256' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'pollId', internalType: 'uint256', type: 'uint256' },
      { name: 'voter', internalType: 'address', type: 'address' },
    ],
    name: 'getVote',
    outputs: [
      {
        name: '',
        internalType: 'struct IPlcrVoting.VoteView',
        type: 'tuple',
        components: [
          { name: 'committed', internalType: 'bool', type: 'bool' },
          { name: 'revealed', internalType: 'bool', type: 'bool' },
          { name: 'commitment', internalType: 'bytes24', type: 'bytes24' },
          { name: 'tokens', internalType: 'uint256', type: 'uint256' },
          { name: 'reputation', internalType: 'uint256', type: 'uint256' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'taskMask', internalType: 'uint32', type: 'uint32' },
    ],
    name: 'openPolls',
    outputs: [{ name: 'revealEnd', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'parameters',
    outputs: [
      {
        name: '',
        internalType: 'struct IPlcrVoting.Parameters',
        type: 'tuple',
        components: [
          { name: 'commitPeriod', internalType: 'uint256', type: 'uint256' },
          { name: 'revealPeriod', internalType: 'uint256', type: 'uint256' },
          { name: 'quorumBps', internalType: 'uint256', type: 'uint256' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'pollOpener',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'projectId', internalType: 'uint256', type: 'uint256' }],
    name: 'pollResults',
    outputs: [
      { name: 'quorumMask', internalType: 'uint32', type: 'uint32' },
      { name: 'passedMask', internalType: 'uint32', type: 'uint32' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'reputationRegistry',
    outputs: [
      {
        name: '',
        internalType: 'contract IReputationRegistry',
        type: 'address',
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'pollId', internalType: 'uint256', type: 'uint256' },
      { name: 'support', internalType: 'bool', type: 'bool' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'revealVote',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'pollId', internalType: 'uint256', type: 'uint256' }],
    name: 'withdrawEscrow',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'pollIds', internalType: 'uint256[]', type: 'uint256[]' }],
    name: 'withdrawEscrows',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'pollId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'voter',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'EscrowWithdrawn',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'projectId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'opener',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'taskMask',
        internalType: 'uint32',
        type: 'uint32',
        indexed: false,
      },
      {
        name: 'commitEnd',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'revealEnd',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'totalTokens',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'totalReputation',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'PollsOpened',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'pollId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'voter',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'commitHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'tokens',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'reputation',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'VoteCommitted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'pollId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'voter',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      { name: 'support', internalType: 'bool', type: 'bool', indexed: false },
      {
        name: 'tokens',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'reputation',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'VoteRevealed',
  },
  { type: 'error', inputs: [], name: 'ReentrancyGuardReentrantCall' },
  {
    type: 'error',
    inputs: [
      { name: 'bits', internalType: 'uint8', type: 'uint8' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SafeCastOverflowedUintDowncast',
  },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'SafeERC20FailedOperation',
  },
  {
    type: 'error',
    inputs: [
      { name: 'pollId', internalType: 'uint256', type: 'uint256' },
      { name: 'voter', internalType: 'address', type: 'address' },
    ],
    name: 'VotingAlreadyCommitted',
  },
  {
    type: 'error',
    inputs: [
      { name: 'pollId', internalType: 'uint256', type: 'uint256' },
      { name: 'voter', internalType: 'address', type: 'address' },
    ],
    name: 'VotingAlreadyRevealed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'length', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'VotingBatchTooLarge',
  },
  {
    type: 'error',
    inputs: [
      { name: 'pollId', internalType: 'uint256', type: 'uint256' },
      { name: 'commitEnd', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'VotingCommitClosed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'pollId', internalType: 'uint256', type: 'uint256' },
      { name: 'voter', internalType: 'address', type: 'address' },
    ],
    name: 'VotingCommitmentMismatch',
  },
  {
    type: 'error',
    inputs: [
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'VotingEscrowTooLarge',
  },
  {
    type: 'error',
    inputs: [{ name: 'commitHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'VotingInvalidCommitment',
  },
  {
    type: 'error',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'taskMask', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'VotingInvalidPolls',
  },
  {
    type: 'error',
    inputs: [
      { name: 'pollId', internalType: 'uint256', type: 'uint256' },
      { name: 'voter', internalType: 'address', type: 'address' },
    ],
    name: 'VotingNoCommit',
  },
  {
    type: 'error',
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'VotingNotOpener',
  },
  {
    type: 'error',
    inputs: [
      { name: 'pollId', internalType: 'uint256', type: 'uint256' },
      { name: 'voter', internalType: 'address', type: 'address' },
    ],
    name: 'VotingNothingToWithdraw',
  },
  {
    type: 'error',
    inputs: [
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'min', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'VotingParameterOutOfBounds',
  },
  {
    type: 'error',
    inputs: [
      { name: 'pollId', internalType: 'uint256', type: 'uint256' },
      { name: 'revealEnd', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'VotingPollNotEnded',
  },
  {
    type: 'error',
    inputs: [{ name: 'pollId', internalType: 'uint256', type: 'uint256' }],
    name: 'VotingPollNotFound',
  },
  {
    type: 'error',
    inputs: [{ name: 'projectId', internalType: 'uint256', type: 'uint256' }],
    name: 'VotingPollsAlreadyOpen',
  },
  {
    type: 'error',
    inputs: [
      { name: 'pollId', internalType: 'uint256', type: 'uint256' },
      { name: 'commitEnd', internalType: 'uint256', type: 'uint256' },
      { name: 'revealEnd', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'VotingRevealClosed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'pollId', internalType: 'uint256', type: 'uint256' },
      { name: 'voter', internalType: 'address', type: 'address' },
    ],
    name: 'VotingVoterExcluded',
  },
  { type: 'error', inputs: [], name: 'VotingZeroEscrow' },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// ProjectRegistry
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const projectRegistryAbi = [
  {
    type: 'constructor',
    inputs: [
      {
        name: 'token',
        internalType: 'contract ICapitalToken',
        type: 'address',
      },
      {
        name: 'reputation',
        internalType: 'contract IReputationRegistry',
        type: 'address',
      },
      { name: 'taskRegistry_', internalType: 'address', type: 'address' },
      {
        name: 'params',
        internalType: 'struct IProjectRegistry.Parameters',
        type: 'tuple',
        components: [
          {
            name: 'minStakingPeriod',
            internalType: 'uint256',
            type: 'uint256',
          },
          {
            name: 'maxStakingPeriod',
            internalType: 'uint256',
            type: 'uint256',
          },
          {
            name: 'unstakeLockWindow',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'stakedPeriod', internalType: 'uint256', type: 'uint256' },
          { name: 'activePeriod', internalType: 'uint256', type: 'uint256' },
          {
            name: 'minSubmitStakeBps',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'minCost', internalType: 'uint256', type: 'uint256' },
        ],
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_BATCH',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_PAGE',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_SCAN',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_TASKS',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'projectId', internalType: 'uint256', type: 'uint256' }],
    name: 'advance',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'listId', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'backTaskList',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'projectId', internalType: 'uint256', type: 'uint256' }],
    name: 'cancel',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'capitalToken',
    outputs: [
      { name: '', internalType: 'contract ICapitalToken', type: 'address' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'projectId', internalType: 'uint256', type: 'uint256' }],
    name: 'expire',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'projectId', internalType: 'uint256', type: 'uint256' }],
    name: 'getProject',
    outputs: [
      {
        name: '',
        internalType: 'struct IProjectRegistry.ProjectView',
        type: 'tuple',
        components: [
          { name: 'id', internalType: 'uint256', type: 'uint256' },
          { name: 'proposer', internalType: 'address', type: 'address' },
          {
            name: 'stage',
            internalType: 'enum IProjectRegistry.Stage',
            type: 'uint8',
          },
          { name: 'cost', internalType: 'uint256', type: 'uint256' },
          { name: 'stakingDeadline', internalType: 'uint256', type: 'uint256' },
          { name: 'stageDeadline', internalType: 'uint256', type: 'uint256' },
          { name: 'requiredTokens', internalType: 'uint256', type: 'uint256' },
          {
            name: 'requiredReputation',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'stakedTokens', internalType: 'uint256', type: 'uint256' },
          {
            name: 'stakedReputation',
            internalType: 'uint256',
            type: 'uint256',
          },
          {
            name: 'collateralKind',
            internalType: 'enum IProjectRegistry.CollateralKind',
            type: 'uint8',
          },
          { name: 'collateral', internalType: 'uint256', type: 'uint256' },
          {
            name: 'descriptionDigest',
            internalType: 'bytes32',
            type: 'bytes32',
          },
          {
            name: 'descriptionCodec',
            internalType: 'enum IProjectRegistry.CidCodec',
            type: 'uint8',
          },
          { name: 'taskListCount', internalType: 'uint256', type: 'uint256' },
          { name: 'leadingList', internalType: 'uint256', type: 'uint256' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'stage',
        internalType: 'enum IProjectRegistry.Stage',
        type: 'uint8',
      },
      { name: 'startId', internalType: 'uint256', type: 'uint256' },
      { name: 'maxScan', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'getProjectIdsByStage',
    outputs: [
      { name: 'ids', internalType: 'uint256[]', type: 'uint256[]' },
      { name: 'nextId', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'startId', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'getProjects',
    outputs: [
      {
        name: 'projects',
        internalType: 'struct IProjectRegistry.ProjectView[]',
        type: 'tuple[]',
        components: [
          { name: 'id', internalType: 'uint256', type: 'uint256' },
          { name: 'proposer', internalType: 'address', type: 'address' },
          {
            name: 'stage',
            internalType: 'enum IProjectRegistry.Stage',
            type: 'uint8',
          },
          { name: 'cost', internalType: 'uint256', type: 'uint256' },
          { name: 'stakingDeadline', internalType: 'uint256', type: 'uint256' },
          { name: 'stageDeadline', internalType: 'uint256', type: 'uint256' },
          { name: 'requiredTokens', internalType: 'uint256', type: 'uint256' },
          {
            name: 'requiredReputation',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'stakedTokens', internalType: 'uint256', type: 'uint256' },
          {
            name: 'stakedReputation',
            internalType: 'uint256',
            type: 'uint256',
          },
          {
            name: 'collateralKind',
            internalType: 'enum IProjectRegistry.CollateralKind',
            type: 'uint8',
          },
          { name: 'collateral', internalType: 'uint256', type: 'uint256' },
          {
            name: 'descriptionDigest',
            internalType: 'bytes32',
            type: 'bytes32',
          },
          {
            name: 'descriptionCodec',
            internalType: 'enum IProjectRegistry.CidCodec',
            type: 'uint8',
          },
          { name: 'taskListCount', internalType: 'uint256', type: 'uint256' },
          { name: 'leadingList', internalType: 'uint256', type: 'uint256' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'getStake',
    outputs: [
      {
        name: '',
        internalType: 'struct IProjectRegistry.StakeView',
        type: 'tuple',
        components: [
          { name: 'tokens', internalType: 'uint256', type: 'uint256' },
          { name: 'reputation', internalType: 'uint256', type: 'uint256' },
          { name: 'backedList', internalType: 'uint256', type: 'uint256' },
          { name: 'ownList', internalType: 'uint256', type: 'uint256' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'listId', internalType: 'uint256', type: 'uint256' },
      { name: 'index', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'getTask',
    outputs: [
      {
        name: '',
        internalType: 'struct IProjectRegistry.TaskSpec',
        type: 'tuple',
        components: [
          { name: 'digest', internalType: 'bytes32', type: 'bytes32' },
          {
            name: 'codec',
            internalType: 'enum IProjectRegistry.CidCodec',
            type: 'uint8',
          },
          { name: 'weighting', internalType: 'uint16', type: 'uint16' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'listId', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'getTaskList',
    outputs: [
      {
        name: '',
        internalType: 'struct IProjectRegistry.TaskListView',
        type: 'tuple',
        components: [
          { name: 'id', internalType: 'uint256', type: 'uint256' },
          { name: 'author', internalType: 'address', type: 'address' },
          { name: 'backingTokens', internalType: 'uint256', type: 'uint256' },
          {
            name: 'backingReputation',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'otherBackers', internalType: 'uint256', type: 'uint256' },
          { name: 'weightBps', internalType: 'uint256', type: 'uint256' },
          {
            name: 'tasks',
            internalType: 'struct IProjectRegistry.TaskSpec[]',
            type: 'tuple[]',
            components: [
              { name: 'digest', internalType: 'bytes32', type: 'bytes32' },
              {
                name: 'codec',
                internalType: 'enum IProjectRegistry.CidCodec',
                type: 'uint8',
              },
              { name: 'weighting', internalType: 'uint16', type: 'uint16' },
            ],
          },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'startId', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'getTaskLists',
    outputs: [
      {
        name: 'lists',
        internalType: 'struct IProjectRegistry.TaskListView[]',
        type: 'tuple[]',
        components: [
          { name: 'id', internalType: 'uint256', type: 'uint256' },
          { name: 'author', internalType: 'address', type: 'address' },
          { name: 'backingTokens', internalType: 'uint256', type: 'uint256' },
          {
            name: 'backingReputation',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'otherBackers', internalType: 'uint256', type: 'uint256' },
          { name: 'weightBps', internalType: 'uint256', type: 'uint256' },
          {
            name: 'tasks',
            internalType: 'struct IProjectRegistry.TaskSpec[]',
            type: 'tuple[]',
            components: [
              { name: 'digest', internalType: 'bytes32', type: 'bytes32' },
              {
                name: 'codec',
                internalType: 'enum IProjectRegistry.CidCodec',
                type: 'uint8',
              },
              { name: 'weighting', internalType: 'uint16', type: 'uint16' },
            ],
          },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'parameters',
    outputs: [
      {
        name: '',
        internalType: 'struct IProjectRegistry.Parameters',
        type: 'tuple',
        components: [
          {
            name: 'minStakingPeriod',
            internalType: 'uint256',
            type: 'uint256',
          },
          {
            name: 'maxStakingPeriod',
            internalType: 'uint256',
            type: 'uint256',
          },
          {
            name: 'unstakeLockWindow',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'stakedPeriod', internalType: 'uint256', type: 'uint256' },
          { name: 'activePeriod', internalType: 'uint256', type: 'uint256' },
          {
            name: 'minSubmitStakeBps',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'minCost', internalType: 'uint256', type: 'uint256' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'projectCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'cost', internalType: 'uint256', type: 'uint256' },
      { name: 'stakingDeadline', internalType: 'uint256', type: 'uint256' },
      { name: 'descriptionDigest', internalType: 'bytes32', type: 'bytes32' },
      {
        name: 'descriptionCodec',
        internalType: 'enum IProjectRegistry.CidCodec',
        type: 'uint8',
      },
      {
        name: 'collateralKind',
        internalType: 'enum IProjectRegistry.CollateralKind',
        type: 'uint8',
      },
    ],
    name: 'propose',
    outputs: [{ name: 'projectId', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      {
        name: 'stage',
        internalType: 'enum IProjectRegistry.Stage',
        type: 'uint8',
      },
      { name: 'stageDeadline', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'protocolSetStage',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'reputationRegistry',
    outputs: [
      {
        name: '',
        internalType: 'contract IReputationRegistry',
        type: 'address',
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'stakeReputation',
    outputs: [{ name: 'staked', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'stakeTokens',
    outputs: [{ name: 'staked', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      {
        name: 'tasks',
        internalType: 'struct IProjectRegistry.TaskSpec[]',
        type: 'tuple[]',
        components: [
          { name: 'digest', internalType: 'bytes32', type: 'bytes32' },
          {
            name: 'codec',
            internalType: 'enum IProjectRegistry.CidCodec',
            type: 'uint8',
          },
          { name: 'weighting', internalType: 'uint16', type: 'uint16' },
        ],
      },
    ],
    name: 'submitTaskList',
    outputs: [{ name: 'listId', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'taskRegistry',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'unstakeReputation',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'unstakeTokens',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'projectId', internalType: 'uint256', type: 'uint256' }],
    name: 'withdrawStake',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'projectIds', internalType: 'uint256[]', type: 'uint256[]' },
    ],
    name: 'withdrawStakes',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'projectId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'proposer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      { name: 'burned', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'CollateralSettled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'projectId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'listId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'LeadingListChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'projectId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'available',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'needed',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'PoolShortAtFullStake',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'projectId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'proposer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'cost',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'stakingDeadline',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'requiredTokens',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'requiredReputation',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'collateralKind',
        internalType: 'enum IProjectRegistry.CollateralKind',
        type: 'uint8',
        indexed: false,
      },
      {
        name: 'collateral',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'descriptionDigest',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'descriptionCodec',
        internalType: 'enum IProjectRegistry.CidCodec',
        type: 'uint8',
        indexed: false,
      },
    ],
    name: 'ProjectProposed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'projectId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'staker',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ReputationStaked',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'projectId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'staker',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ReputationUnstaked',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'projectId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'stage',
        internalType: 'enum IProjectRegistry.Stage',
        type: 'uint8',
        indexed: false,
      },
      {
        name: 'stageDeadline',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'StageChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'projectId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'staker',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'tokens',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'reputation',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'etherReward',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'reputationReward',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'StakeWithdrawn',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'projectId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'StakerRewardRemainderReturned',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'projectId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'staker',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'listId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'previousListId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'TaskListBacked',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'projectId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'listId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'author',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'taskCount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      { name: 'replaced', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'TaskListSubmitted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'projectId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'staker',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'TokensStaked',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'projectId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'staker',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'TokensUnstaked',
  },
  {
    type: 'error',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'listId', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ProjectAlreadyBacking',
  },
  {
    type: 'error',
    inputs: [
      { name: 'count', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ProjectBatchTooLarge',
  },
  {
    type: 'error',
    inputs: [
      { name: 'cost', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ProjectCostTooLarge',
  },
  {
    type: 'error',
    inputs: [
      { name: 'cost', internalType: 'uint256', type: 'uint256' },
      { name: 'minCost', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ProjectCostTooSmall',
  },
  { type: 'error', inputs: [], name: 'ProjectEmptyDigest' },
  {
    type: 'error',
    inputs: [{ name: 'index', internalType: 'uint256', type: 'uint256' }],
    name: 'ProjectEmptyTaskDigest',
  },
  {
    type: 'error',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'stakedTokens', internalType: 'uint256', type: 'uint256' },
      { name: 'stakedReputation', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ProjectHasStakes',
  },
  {
    type: 'error',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'staked', internalType: 'uint256', type: 'uint256' },
      { name: 'requested', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ProjectInsufficientStake',
  },
  {
    type: 'error',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      {
        name: 'from',
        internalType: 'enum IProjectRegistry.Stage',
        type: 'uint8',
      },
      {
        name: 'to',
        internalType: 'enum IProjectRegistry.Stage',
        type: 'uint8',
      },
    ],
    name: 'ProjectInvalidTransition',
  },
  {
    type: 'error',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'listId', internalType: 'uint256', type: 'uint256' },
      { name: 'otherBackers', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ProjectListBackedByOthers',
  },
  { type: 'error', inputs: [], name: 'ProjectNoReputation' },
  {
    type: 'error',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      {
        name: 'stage',
        internalType: 'enum IProjectRegistry.Stage',
        type: 'uint8',
      },
      { name: 'dueAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ProjectNotDue',
  },
  {
    type: 'error',
    inputs: [{ name: 'projectId', internalType: 'uint256', type: 'uint256' }],
    name: 'ProjectNotFound',
  },
  {
    type: 'error',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'ProjectNotProposer',
  },
  {
    type: 'error',
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'ProjectNotProtocol',
  },
  {
    type: 'error',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'ProjectNotStaker',
  },
  {
    type: 'error',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'ProjectNothingToWithdraw',
  },
  {
    type: 'error',
    inputs: [
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ProjectPageTooLarge',
  },
  {
    type: 'error',
    inputs: [
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'min', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ProjectParameterOutOfBounds',
  },
  {
    type: 'error',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ProjectPeriodEnded',
  },
  {
    type: 'error',
    inputs: [
      { name: 'available', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ProjectPoolTooSmall',
  },
  {
    type: 'error',
    inputs: [{ name: 'projectId', internalType: 'uint256', type: 'uint256' }],
    name: 'ProjectRequirementMet',
  },
  {
    type: 'error',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'minTokens', internalType: 'uint256', type: 'uint256' },
      { name: 'minReputation', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ProjectStakeTooSmallToSubmit',
  },
  {
    type: 'error',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ProjectStakingClosed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
      { name: 'earliest', internalType: 'uint256', type: 'uint256' },
      { name: 'latest', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ProjectStakingDeadlineOutOfRange',
  },
  {
    type: 'error',
    inputs: [
      { name: 'count', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ProjectTaskCountOutOfRange',
  },
  {
    type: 'error',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'listId', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ProjectTaskListNotFound',
  },
  {
    type: 'error',
    inputs: [
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ProjectTokenTransferFailed',
  },
  {
    type: 'error',
    inputs: [{ name: 'projectId', internalType: 'uint256', type: 'uint256' }],
    name: 'ProjectTooManyLists',
  },
  {
    type: 'error',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'closedSince', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ProjectUnstakeWindowClosed',
  },
  {
    type: 'error',
    inputs: [{ name: 'sum', internalType: 'uint256', type: 'uint256' }],
    name: 'ProjectWeightingsSum',
  },
  {
    type: 'error',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      {
        name: 'stage',
        internalType: 'enum IProjectRegistry.Stage',
        type: 'uint8',
      },
      {
        name: 'expected',
        internalType: 'enum IProjectRegistry.Stage',
        type: 'uint8',
      },
    ],
    name: 'ProjectWrongStage',
  },
  { type: 'error', inputs: [], name: 'ProjectZeroAmount' },
  { type: 'error', inputs: [], name: 'ProjectZeroCost' },
  {
    type: 'error',
    inputs: [{ name: 'index', internalType: 'uint256', type: 'uint256' }],
    name: 'ProjectZeroWeighting',
  },
  { type: 'error', inputs: [], name: 'ReentrancyGuardReentrantCall' },
  {
    type: 'error',
    inputs: [
      { name: 'bits', internalType: 'uint8', type: 'uint8' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SafeCastOverflowedUintDowncast',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// ReputationRegistry
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const reputationRegistryAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'governance', internalType: 'address', type: 'address' },
      { name: 'firstReputation_', internalType: 'uint256', type: 'uint256' },
      { name: 'attester', internalType: 'address', type: 'address' },
      { name: 'projectRegistry_', internalType: 'address', type: 'address' },
      { name: 'plcrVoting_', internalType: 'address', type: 'address' },
      { name: 'taskRegistry_', internalType: 'address', type: 'address' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'ATTESTATION_TYPEHASH',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'ATTESTER_MANAGER_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'DEFAULT_ADMIN_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'PARAMETER_MANAGER_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'identityHash', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'accountOf',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'identityHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'attestationDigest',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
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
    inputs: [{ name: 'amount', internalType: 'uint256', type: 'uint256' }],
    name: 'burnLocked',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'decimals',
    outputs: [{ name: '', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [],
    name: 'eip712Domain',
    outputs: [
      { name: 'fields', internalType: 'bytes1', type: 'bytes1' },
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'version', internalType: 'string', type: 'string' },
      { name: 'chainId', internalType: 'uint256', type: 'uint256' },
      { name: 'verifyingContract', internalType: 'address', type: 'address' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
      { name: 'extensions', internalType: 'uint256[]', type: 'uint256[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'firstReputation',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'role', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getRoleAdmin',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'grantRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'hasRole',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'attester', internalType: 'address', type: 'address' }],
    name: 'isAttester',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'isRegistered',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'lock',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'protocol', internalType: 'address', type: 'address' }],
    name: 'lockedBy',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'mint',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'name',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [],
    name: 'protocolContracts',
    outputs: [
      { name: 'projectRegistry', internalType: 'address', type: 'address' },
      { name: 'plcrVoting', internalType: 'address', type: 'address' },
      { name: 'taskRegistry', internalType: 'address', type: 'address' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'identityHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
      { name: 'signature', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'register',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'callerConfirmation', internalType: 'address', type: 'address' },
    ],
    name: 'renounceRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'revokeRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'attester', internalType: 'address', type: 'address' },
      { name: 'approved', internalType: 'bool', type: 'bool' },
    ],
    name: 'setAttester',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'amount', internalType: 'uint256', type: 'uint256' }],
    name: 'setFirstReputation',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'symbol',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'pure',
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
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'unlock',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'attester',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      { name: 'approved', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'AttesterSet',
  },
  { type: 'event', anonymous: false, inputs: [], name: 'EIP712DomainChanged' },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'FirstReputationSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'identityHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'attester',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Registered',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'protocol',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ReputationBurned',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'protocol',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ReputationLocked',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'protocol',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ReputationMinted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'protocol',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ReputationUnlocked',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'previousAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'newAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
    ],
    name: 'RoleAdminChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleGranted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleRevoked',
  },
  { type: 'error', inputs: [], name: 'AccessControlBadConfirmation' },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'neededRole', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AccessControlUnauthorizedAccount',
  },
  { type: 'error', inputs: [], name: 'ECDSAInvalidSignature' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'ECDSAInvalidSignatureLength',
  },
  {
    type: 'error',
    inputs: [{ name: 's', internalType: 'bytes32', type: 'bytes32' }],
    name: 'ECDSAInvalidSignatureS',
  },
  { type: 'error', inputs: [], name: 'InvalidShortString' },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'ReputationAccountRegistered',
  },
  {
    type: 'error',
    inputs: [
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
      { name: 'now_', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ReputationAttestationExpired',
  },
  {
    type: 'error',
    inputs: [
      { name: 'identityHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'ReputationIdentityTaken',
  },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'balance', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ReputationInsufficientBalance',
  },
  {
    type: 'error',
    inputs: [
      { name: 'protocol', internalType: 'address', type: 'address' },
      { name: 'locked', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ReputationInsufficientLocked',
  },
  {
    type: 'error',
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'ReputationNotProtocol',
  },
  {
    type: 'error',
    inputs: [
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'min', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ReputationParameterOutOfBounds',
  },
  {
    type: 'error',
    inputs: [{ name: 'signer', internalType: 'address', type: 'address' }],
    name: 'ReputationUnapprovedAttester',
  },
  { type: 'error', inputs: [], name: 'ReputationZeroAmount' },
  { type: 'error', inputs: [], name: 'ReputationZeroValue' },
  {
    type: 'error',
    inputs: [{ name: 'str', internalType: 'string', type: 'string' }],
    name: 'StringTooLong',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// TaskRegistry
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const taskRegistryAbi = [
  {
    type: 'constructor',
    inputs: [
      {
        name: 'token',
        internalType: 'contract ICapitalToken',
        type: 'address',
      },
      {
        name: 'reputation',
        internalType: 'contract IReputationRegistry',
        type: 'address',
      },
      {
        name: 'registry',
        internalType: 'contract IProjectRegistry',
        type: 'address',
      },
      { name: 'voting', internalType: 'contract IPlcrVoting', type: 'address' },
      {
        name: 'params',
        internalType: 'struct ITaskRegistry.Parameters',
        type: 'tuple',
        components: [
          { name: 'taskPeriod', internalType: 'uint256', type: 'uint256' },
          {
            name: 'validationPeriod',
            internalType: 'uint256',
            type: 'uint256',
          },
          {
            name: 'completionThresholdBps',
            internalType: 'uint256',
            type: 'uint256',
          },
        ],
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_BATCH',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'projectId', internalType: 'uint256', type: 'uint256' }],
    name: 'advance',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'taskIndex', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'claimTask',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'projectId', internalType: 'uint256', type: 'uint256' }],
    name: 'getProjectTasks',
    outputs: [
      {
        name: '',
        internalType: 'struct ITaskRegistry.ProjectTasksView',
        type: 'tuple',
        components: [
          {
            name: 'stage',
            internalType: 'enum IProjectRegistry.Stage',
            type: 'uint8',
          },
          { name: 'taskCount', internalType: 'uint256', type: 'uint256' },
          { name: 'submittedCount', internalType: 'uint256', type: 'uint256' },
          { name: 'stageDeadline', internalType: 'uint256', type: 'uint256' },
          { name: 'cost', internalType: 'uint256', type: 'uint256' },
          {
            name: 'stakedReputation',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'completedMask', internalType: 'uint32', type: 'uint32' },
          { name: 'validationPool', internalType: 'uint256', type: 'uint256' },
          {
            name: 'validationSupply',
            internalType: 'uint256',
            type: 'uint256',
          },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'taskIndex', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'getTask',
    outputs: [
      {
        name: '',
        internalType: 'struct ITaskRegistry.TaskView',
        type: 'tuple',
        components: [
          { name: 'taskId', internalType: 'uint256', type: 'uint256' },
          {
            name: 'status',
            internalType: 'enum ITaskRegistry.TaskStatus',
            type: 'uint8',
          },
          { name: 'claimer', internalType: 'address', type: 'address' },
          { name: 'deadline', internalType: 'uint256', type: 'uint256' },
          { name: 'weighting', internalType: 'uint256', type: 'uint256' },
          { name: 'payout', internalType: 'uint256', type: 'uint256' },
          { name: 'reserve', internalType: 'uint256', type: 'uint256' },
          { name: 'claimLock', internalType: 'uint256', type: 'uint256' },
          { name: 'evidenceDigest', internalType: 'bytes32', type: 'bytes32' },
          {
            name: 'evidenceCodec',
            internalType: 'enum IProjectRegistry.CidCodec',
            type: 'uint8',
          },
          { name: 'approvals', internalType: 'uint256', type: 'uint256' },
          { name: 'rejections', internalType: 'uint256', type: 'uint256' },
          { name: 'approvingStake', internalType: 'uint256', type: 'uint256' },
          { name: 'rejectingStake', internalType: 'uint256', type: 'uint256' },
          { name: 'claimerPaid', internalType: 'bool', type: 'bool' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'projectId', internalType: 'uint256', type: 'uint256' }],
    name: 'getTasks',
    outputs: [
      {
        name: 'tasks',
        internalType: 'struct ITaskRegistry.TaskView[]',
        type: 'tuple[]',
        components: [
          { name: 'taskId', internalType: 'uint256', type: 'uint256' },
          {
            name: 'status',
            internalType: 'enum ITaskRegistry.TaskStatus',
            type: 'uint8',
          },
          { name: 'claimer', internalType: 'address', type: 'address' },
          { name: 'deadline', internalType: 'uint256', type: 'uint256' },
          { name: 'weighting', internalType: 'uint256', type: 'uint256' },
          { name: 'payout', internalType: 'uint256', type: 'uint256' },
          { name: 'reserve', internalType: 'uint256', type: 'uint256' },
          { name: 'claimLock', internalType: 'uint256', type: 'uint256' },
          { name: 'evidenceDigest', internalType: 'bytes32', type: 'bytes32' },
          {
            name: 'evidenceCodec',
            internalType: 'enum IProjectRegistry.CidCodec',
            type: 'uint8',
          },
          { name: 'approvals', internalType: 'uint256', type: 'uint256' },
          { name: 'rejections', internalType: 'uint256', type: 'uint256' },
          { name: 'approvingStake', internalType: 'uint256', type: 'uint256' },
          { name: 'rejectingStake', internalType: 'uint256', type: 'uint256' },
          { name: 'claimerPaid', internalType: 'bool', type: 'bool' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'taskIndex', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'getValidator',
    outputs: [
      {
        name: '',
        internalType: 'struct ITaskRegistry.ValidatorView',
        type: 'tuple',
        components: [
          { name: 'validating', internalType: 'bool', type: 'bool' },
          { name: 'approve', internalType: 'bool', type: 'bool' },
          { name: 'slot', internalType: 'uint256', type: 'uint256' },
          { name: 'stake', internalType: 'uint256', type: 'uint256' },
          { name: 'withdrawn', internalType: 'bool', type: 'bool' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'pollId', internalType: 'uint256', type: 'uint256' },
      { name: 'voter', internalType: 'address', type: 'address' },
    ],
    name: 'isExcludedVoter',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'taskIndex', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'isSlashed',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'taskIndex', internalType: 'uint256', type: 'uint256' },
      { name: 'approve', internalType: 'bool', type: 'bool' },
    ],
    name: 'minValidationStake',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'parameters',
    outputs: [
      {
        name: '',
        internalType: 'struct ITaskRegistry.Parameters',
        type: 'tuple',
        components: [
          { name: 'taskPeriod', internalType: 'uint256', type: 'uint256' },
          {
            name: 'validationPeriod',
            internalType: 'uint256',
            type: 'uint256',
          },
          {
            name: 'completionThresholdBps',
            internalType: 'uint256',
            type: 'uint256',
          },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'taskIndex', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'pendingPayout',
    outputs: [
      { name: 'tokens', internalType: 'uint256', type: 'uint256' },
      { name: 'reputation', internalType: 'uint256', type: 'uint256' },
      { name: 'etherAmount', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'taskIndex', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'slashAndReopen',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'taskIndex', internalType: 'uint256', type: 'uint256' },
      { name: 'digest', internalType: 'bytes32', type: 'bytes32' },
      {
        name: 'codec',
        internalType: 'enum IProjectRegistry.CidCodec',
        type: 'uint8',
      },
    ],
    name: 'submitEvidence',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'taskIndex', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'taskIdOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'taskIndex', internalType: 'uint256', type: 'uint256' },
      { name: 'approve', internalType: 'bool', type: 'bool' },
      { name: 'stake', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'validate',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'taskIndex', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'withdrawPayout',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'taskIds', internalType: 'uint256[]', type: 'uint256[]' }],
    name: 'withdrawPayouts',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'projectId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'taskIndex',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'claimer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'reputationReturned',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'reputationMinted',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'etherPaid',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ClaimerPaid',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'projectId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'taskIndex',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'claimer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'digest',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'codec',
        internalType: 'enum IProjectRegistry.CidCodec',
        type: 'uint8',
        indexed: false,
      },
    ],
    name: 'EvidenceSubmitted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'projectId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      { name: 'complete', internalType: 'bool', type: 'bool', indexed: false },
      {
        name: 'completedMask',
        internalType: 'uint32',
        type: 'uint32',
        indexed: false,
      },
      {
        name: 'completedWeight',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'escrowReturned',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'tokensBurned',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'reputationBurned',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ProjectSettled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'projectId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'taskIndex',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'claimer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'lock',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'deadline',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'TaskClaimed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'projectId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'taskIndex',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'claimer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'slasher',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
      {
        name: 'lock',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'TaskSlashed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'projectId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'taskIndex',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'validator',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      { name: 'approve', internalType: 'bool', type: 'bool', indexed: false },
      {
        name: 'slot',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'stake',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'TaskValidated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'projectId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'taskCount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'activeEnd',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'TasksActivated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'projectId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'validationEnd',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'pool',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'supply',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ValidationStarted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'projectId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'taskIndex',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'validator',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'stake',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'reward',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ValidatorPaid',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'projectId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'disputedMask',
        internalType: 'uint32',
        type: 'uint32',
        indexed: false,
      },
      {
        name: 'revealEnd',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'VotingStarted',
  },
  { type: 'error', inputs: [], name: 'ReentrancyGuardReentrantCall' },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'SafeERC20FailedOperation',
  },
  {
    type: 'error',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'taskIndex', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'TaskAlreadyValidating',
  },
  {
    type: 'error',
    inputs: [
      { name: 'length', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TaskBatchTooLarge',
  },
  {
    type: 'error',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'lastClaimAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TaskClaimWindowClosed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'taskIndex', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TaskClaimerCannotValidate',
  },
  {
    type: 'error',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'taskIndex', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'TaskClaimerSlashed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'taskIndex', internalType: 'uint256', type: 'uint256' },
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TaskDeadlineNotPassed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'taskIndex', internalType: 'uint256', type: 'uint256' },
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TaskDeadlinePassed',
  },
  { type: 'error', inputs: [], name: 'TaskEmptyEvidence' },
  {
    type: 'error',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'taskIndex', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'TaskNotClaimer',
  },
  {
    type: 'error',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      {
        name: 'stage',
        internalType: 'enum IProjectRegistry.Stage',
        type: 'uint8',
      },
      { name: 'dueAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TaskNotDue',
  },
  {
    type: 'error',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'taskIndex', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TaskNotFound',
  },
  {
    type: 'error',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'taskIndex', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'TaskNothingToWithdraw',
  },
  {
    type: 'error',
    inputs: [
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'min', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TaskParameterOutOfBounds',
  },
  {
    type: 'error',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'taskIndex', internalType: 'uint256', type: 'uint256' },
      { name: 'approve', internalType: 'bool', type: 'bool' },
    ],
    name: 'TaskSlotsFull',
  },
  {
    type: 'error',
    inputs: [
      { name: 'stake', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TaskStakeTooLarge',
  },
  {
    type: 'error',
    inputs: [
      { name: 'stake', internalType: 'uint256', type: 'uint256' },
      { name: 'minimum', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TaskStakeTooSmall',
  },
  {
    type: 'error',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'validationEnd', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TaskValidationClosed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      {
        name: 'stage',
        internalType: 'enum IProjectRegistry.Stage',
        type: 'uint8',
      },
      {
        name: 'expected',
        internalType: 'enum IProjectRegistry.Stage',
        type: 'uint8',
      },
    ],
    name: 'TaskWrongStage',
  },
  {
    type: 'error',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'taskIndex', internalType: 'uint256', type: 'uint256' },
      {
        name: 'status',
        internalType: 'enum ITaskRegistry.TaskStatus',
        type: 'uint8',
      },
      {
        name: 'expected',
        internalType: 'enum ITaskRegistry.TaskStatus',
        type: 'uint8',
      },
    ],
    name: 'TaskWrongStatus',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// TimelockController
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const timelockControllerAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'minDelay', internalType: 'uint256', type: 'uint256' },
      { name: 'proposers', internalType: 'address[]', type: 'address[]' },
      { name: 'executors', internalType: 'address[]', type: 'address[]' },
      { name: 'admin', internalType: 'address', type: 'address' },
    ],
    stateMutability: 'nonpayable',
  },
  { type: 'receive', stateMutability: 'payable' },
  {
    type: 'function',
    inputs: [],
    name: 'CANCELLER_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'DEFAULT_ADMIN_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'EXECUTOR_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'PROPOSER_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'cancel',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'target', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'payload', internalType: 'bytes', type: 'bytes' },
      { name: 'predecessor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'execute',
    outputs: [],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'targets', internalType: 'address[]', type: 'address[]' },
      { name: 'values', internalType: 'uint256[]', type: 'uint256[]' },
      { name: 'payloads', internalType: 'bytes[]', type: 'bytes[]' },
      { name: 'predecessor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'executeBatch',
    outputs: [],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getMinDelay',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getOperationState',
    outputs: [
      {
        name: '',
        internalType: 'enum TimelockController.OperationState',
        type: 'uint8',
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'role', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getRoleAdmin',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getTimestamp',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'grantRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'hasRole',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'target', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'data', internalType: 'bytes', type: 'bytes' },
      { name: 'predecessor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'hashOperation',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'targets', internalType: 'address[]', type: 'address[]' },
      { name: 'values', internalType: 'uint256[]', type: 'uint256[]' },
      { name: 'payloads', internalType: 'bytes[]', type: 'bytes[]' },
      { name: 'predecessor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'hashOperationBatch',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'isOperation',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'isOperationDone',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'isOperationPending',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'isOperationReady',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'uint256[]', type: 'uint256[]' },
      { name: '', internalType: 'uint256[]', type: 'uint256[]' },
      { name: '', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'onERC1155BatchReceived',
    outputs: [{ name: '', internalType: 'bytes4', type: 'bytes4' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'uint256', type: 'uint256' },
      { name: '', internalType: 'uint256', type: 'uint256' },
      { name: '', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'onERC1155Received',
    outputs: [{ name: '', internalType: 'bytes4', type: 'bytes4' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'uint256', type: 'uint256' },
      { name: '', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'onERC721Received',
    outputs: [{ name: '', internalType: 'bytes4', type: 'bytes4' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'callerConfirmation', internalType: 'address', type: 'address' },
    ],
    name: 'renounceRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'revokeRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'target', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'data', internalType: 'bytes', type: 'bytes' },
      { name: 'predecessor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
      { name: 'delay', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'schedule',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'targets', internalType: 'address[]', type: 'address[]' },
      { name: 'values', internalType: 'uint256[]', type: 'uint256[]' },
      { name: 'payloads', internalType: 'bytes[]', type: 'bytes[]' },
      { name: 'predecessor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
      { name: 'delay', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'scheduleBatch',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'newDelay', internalType: 'uint256', type: 'uint256' }],
    name: 'updateDelay',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'index',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'target',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
      {
        name: 'value',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      { name: 'data', internalType: 'bytes', type: 'bytes', indexed: false },
    ],
    name: 'CallExecuted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'salt',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'CallSalt',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'index',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'target',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
      {
        name: 'value',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      { name: 'data', internalType: 'bytes', type: 'bytes', indexed: false },
      {
        name: 'predecessor',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'delay',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'CallScheduled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
    ],
    name: 'Cancelled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldDuration',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newDuration',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'MinDelayChange',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'previousAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'newAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
    ],
    name: 'RoleAdminChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleGranted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleRevoked',
  },
  { type: 'error', inputs: [], name: 'AccessControlBadConfirmation' },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'neededRole', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AccessControlUnauthorizedAccount',
  },
  { type: 'error', inputs: [], name: 'FailedCall' },
  {
    type: 'error',
    inputs: [
      { name: 'delay', internalType: 'uint256', type: 'uint256' },
      { name: 'minDelay', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TimelockInsufficientDelay',
  },
  {
    type: 'error',
    inputs: [
      { name: 'targets', internalType: 'uint256', type: 'uint256' },
      { name: 'payloads', internalType: 'uint256', type: 'uint256' },
      { name: 'values', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TimelockInvalidOperationLength',
  },
  {
    type: 'error',
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'TimelockUnauthorizedCaller',
  },
  {
    type: 'error',
    inputs: [
      { name: 'predecessorId', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'TimelockUnexecutedPredecessor',
  },
  {
    type: 'error',
    inputs: [
      { name: 'operationId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'expectedStates', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'TimelockUnexpectedOperationState',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// React
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link bandwidthAuctionAbi}__
 */
export const useReadBandwidthAuction = /*#__PURE__*/ createUseReadContract({
  abi: bandwidthAuctionAbi,
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `functionName` set to `"COMMON_POOL_BPS"`
 */
export const useReadBandwidthAuctionCommonPoolBps =
  /*#__PURE__*/ createUseReadContract({
    abi: bandwidthAuctionAbi,
    functionName: 'COMMON_POOL_BPS',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `functionName` set to `"PRIORITY_WINDOW"`
 */
export const useReadBandwidthAuctionPriorityWindow =
  /*#__PURE__*/ createUseReadContract({
    abi: bandwidthAuctionAbi,
    functionName: 'PRIORITY_WINDOW',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `functionName` set to `"auctionCount"`
 */
export const useReadBandwidthAuctionAuctionCount =
  /*#__PURE__*/ createUseReadContract({
    abi: bandwidthAuctionAbi,
    functionName: 'auctionCount',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `functionName` set to `"cost"`
 */
export const useReadBandwidthAuctionCost = /*#__PURE__*/ createUseReadContract({
  abi: bandwidthAuctionAbi,
  functionName: 'cost',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `functionName` set to `"getAuction"`
 */
export const useReadBandwidthAuctionGetAuction =
  /*#__PURE__*/ createUseReadContract({
    abi: bandwidthAuctionAbi,
    functionName: 'getAuction',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `functionName` set to `"positionOf"`
 */
export const useReadBandwidthAuctionPositionOf =
  /*#__PURE__*/ createUseReadContract({
    abi: bandwidthAuctionAbi,
    functionName: 'positionOf',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link bandwidthAuctionAbi}__
 */
export const useWriteBandwidthAuction = /*#__PURE__*/ createUseWriteContract({
  abi: bandwidthAuctionAbi,
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `functionName` set to `"bid"`
 */
export const useWriteBandwidthAuctionBid = /*#__PURE__*/ createUseWriteContract(
  { abi: bandwidthAuctionAbi, functionName: 'bid' },
)

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `functionName` set to `"claimCommonPool"`
 */
export const useWriteBandwidthAuctionClaimCommonPool =
  /*#__PURE__*/ createUseWriteContract({
    abi: bandwidthAuctionAbi,
    functionName: 'claimCommonPool',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `functionName` set to `"claimProceeds"`
 */
export const useWriteBandwidthAuctionClaimProceeds =
  /*#__PURE__*/ createUseWriteContract({
    abi: bandwidthAuctionAbi,
    functionName: 'claimProceeds',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `functionName` set to `"claimTokens"`
 */
export const useWriteBandwidthAuctionClaimTokens =
  /*#__PURE__*/ createUseWriteContract({
    abi: bandwidthAuctionAbi,
    functionName: 'claimTokens',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `functionName` set to `"createAuction"`
 */
export const useWriteBandwidthAuctionCreateAuction =
  /*#__PURE__*/ createUseWriteContract({
    abi: bandwidthAuctionAbi,
    functionName: 'createAuction',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `functionName` set to `"settle"`
 */
export const useWriteBandwidthAuctionSettle =
  /*#__PURE__*/ createUseWriteContract({
    abi: bandwidthAuctionAbi,
    functionName: 'settle',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link bandwidthAuctionAbi}__
 */
export const useSimulateBandwidthAuction =
  /*#__PURE__*/ createUseSimulateContract({ abi: bandwidthAuctionAbi })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `functionName` set to `"bid"`
 */
export const useSimulateBandwidthAuctionBid =
  /*#__PURE__*/ createUseSimulateContract({
    abi: bandwidthAuctionAbi,
    functionName: 'bid',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `functionName` set to `"claimCommonPool"`
 */
export const useSimulateBandwidthAuctionClaimCommonPool =
  /*#__PURE__*/ createUseSimulateContract({
    abi: bandwidthAuctionAbi,
    functionName: 'claimCommonPool',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `functionName` set to `"claimProceeds"`
 */
export const useSimulateBandwidthAuctionClaimProceeds =
  /*#__PURE__*/ createUseSimulateContract({
    abi: bandwidthAuctionAbi,
    functionName: 'claimProceeds',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `functionName` set to `"claimTokens"`
 */
export const useSimulateBandwidthAuctionClaimTokens =
  /*#__PURE__*/ createUseSimulateContract({
    abi: bandwidthAuctionAbi,
    functionName: 'claimTokens',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `functionName` set to `"createAuction"`
 */
export const useSimulateBandwidthAuctionCreateAuction =
  /*#__PURE__*/ createUseSimulateContract({
    abi: bandwidthAuctionAbi,
    functionName: 'createAuction',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `functionName` set to `"settle"`
 */
export const useSimulateBandwidthAuctionSettle =
  /*#__PURE__*/ createUseSimulateContract({
    abi: bandwidthAuctionAbi,
    functionName: 'settle',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link bandwidthAuctionAbi}__
 */
export const useWatchBandwidthAuctionEvent =
  /*#__PURE__*/ createUseWatchContractEvent({ abi: bandwidthAuctionAbi })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `eventName` set to `"AuctionCreated"`
 */
export const useWatchBandwidthAuctionAuctionCreatedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: bandwidthAuctionAbi,
    eventName: 'AuctionCreated',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `eventName` set to `"AuctionSettled"`
 */
export const useWatchBandwidthAuctionAuctionSettledEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: bandwidthAuctionAbi,
    eventName: 'AuctionSettled',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `eventName` set to `"BidPlaced"`
 */
export const useWatchBandwidthAuctionBidPlacedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: bandwidthAuctionAbi,
    eventName: 'BidPlaced',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `eventName` set to `"CommonPoolClaimed"`
 */
export const useWatchBandwidthAuctionCommonPoolClaimedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: bandwidthAuctionAbi,
    eventName: 'CommonPoolClaimed',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `eventName` set to `"ProceedsClaimed"`
 */
export const useWatchBandwidthAuctionProceedsClaimedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: bandwidthAuctionAbi,
    eventName: 'ProceedsClaimed',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `eventName` set to `"TokensClaimed"`
 */
export const useWatchBandwidthAuctionTokensClaimedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: bandwidthAuctionAbi,
    eventName: 'TokensClaimed',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link bandwidthTokenAbi}__
 */
export const useReadBandwidthToken = /*#__PURE__*/ createUseReadContract({
  abi: bandwidthTokenAbi,
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `functionName` set to `"allowance"`
 */
export const useReadBandwidthTokenAllowance =
  /*#__PURE__*/ createUseReadContract({
    abi: bandwidthTokenAbi,
    functionName: 'allowance',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `functionName` set to `"balanceOf"`
 */
export const useReadBandwidthTokenBalanceOf =
  /*#__PURE__*/ createUseReadContract({
    abi: bandwidthTokenAbi,
    functionName: 'balanceOf',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `functionName` set to `"decimals"`
 */
export const useReadBandwidthTokenDecimals =
  /*#__PURE__*/ createUseReadContract({
    abi: bandwidthTokenAbi,
    functionName: 'decimals',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `functionName` set to `"deliveryEnd"`
 */
export const useReadBandwidthTokenDeliveryEnd =
  /*#__PURE__*/ createUseReadContract({
    abi: bandwidthTokenAbi,
    functionName: 'deliveryEnd',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `functionName` set to `"deliveryStart"`
 */
export const useReadBandwidthTokenDeliveryStart =
  /*#__PURE__*/ createUseReadContract({
    abi: bandwidthTokenAbi,
    functionName: 'deliveryStart',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `functionName` set to `"isMinter"`
 */
export const useReadBandwidthTokenIsMinter =
  /*#__PURE__*/ createUseReadContract({
    abi: bandwidthTokenAbi,
    functionName: 'isMinter',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `functionName` set to `"name"`
 */
export const useReadBandwidthTokenName = /*#__PURE__*/ createUseReadContract({
  abi: bandwidthTokenAbi,
  functionName: 'name',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `functionName` set to `"operator"`
 */
export const useReadBandwidthTokenOperator =
  /*#__PURE__*/ createUseReadContract({
    abi: bandwidthTokenAbi,
    functionName: 'operator',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `functionName` set to `"owner"`
 */
export const useReadBandwidthTokenOwner = /*#__PURE__*/ createUseReadContract({
  abi: bandwidthTokenAbi,
  functionName: 'owner',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `functionName` set to `"symbol"`
 */
export const useReadBandwidthTokenSymbol = /*#__PURE__*/ createUseReadContract({
  abi: bandwidthTokenAbi,
  functionName: 'symbol',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `functionName` set to `"totalSupply"`
 */
export const useReadBandwidthTokenTotalSupply =
  /*#__PURE__*/ createUseReadContract({
    abi: bandwidthTokenAbi,
    functionName: 'totalSupply',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link bandwidthTokenAbi}__
 */
export const useWriteBandwidthToken = /*#__PURE__*/ createUseWriteContract({
  abi: bandwidthTokenAbi,
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `functionName` set to `"addMinter"`
 */
export const useWriteBandwidthTokenAddMinter =
  /*#__PURE__*/ createUseWriteContract({
    abi: bandwidthTokenAbi,
    functionName: 'addMinter',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `functionName` set to `"approve"`
 */
export const useWriteBandwidthTokenApprove =
  /*#__PURE__*/ createUseWriteContract({
    abi: bandwidthTokenAbi,
    functionName: 'approve',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `functionName` set to `"mint"`
 */
export const useWriteBandwidthTokenMint = /*#__PURE__*/ createUseWriteContract({
  abi: bandwidthTokenAbi,
  functionName: 'mint',
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `functionName` set to `"removeMinter"`
 */
export const useWriteBandwidthTokenRemoveMinter =
  /*#__PURE__*/ createUseWriteContract({
    abi: bandwidthTokenAbi,
    functionName: 'removeMinter',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `functionName` set to `"renounceOwnership"`
 */
export const useWriteBandwidthTokenRenounceOwnership =
  /*#__PURE__*/ createUseWriteContract({
    abi: bandwidthTokenAbi,
    functionName: 'renounceOwnership',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `functionName` set to `"transfer"`
 */
export const useWriteBandwidthTokenTransfer =
  /*#__PURE__*/ createUseWriteContract({
    abi: bandwidthTokenAbi,
    functionName: 'transfer',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `functionName` set to `"transferFrom"`
 */
export const useWriteBandwidthTokenTransferFrom =
  /*#__PURE__*/ createUseWriteContract({
    abi: bandwidthTokenAbi,
    functionName: 'transferFrom',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `functionName` set to `"transferOwnership"`
 */
export const useWriteBandwidthTokenTransferOwnership =
  /*#__PURE__*/ createUseWriteContract({
    abi: bandwidthTokenAbi,
    functionName: 'transferOwnership',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link bandwidthTokenAbi}__
 */
export const useSimulateBandwidthToken =
  /*#__PURE__*/ createUseSimulateContract({ abi: bandwidthTokenAbi })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `functionName` set to `"addMinter"`
 */
export const useSimulateBandwidthTokenAddMinter =
  /*#__PURE__*/ createUseSimulateContract({
    abi: bandwidthTokenAbi,
    functionName: 'addMinter',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `functionName` set to `"approve"`
 */
export const useSimulateBandwidthTokenApprove =
  /*#__PURE__*/ createUseSimulateContract({
    abi: bandwidthTokenAbi,
    functionName: 'approve',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `functionName` set to `"mint"`
 */
export const useSimulateBandwidthTokenMint =
  /*#__PURE__*/ createUseSimulateContract({
    abi: bandwidthTokenAbi,
    functionName: 'mint',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `functionName` set to `"removeMinter"`
 */
export const useSimulateBandwidthTokenRemoveMinter =
  /*#__PURE__*/ createUseSimulateContract({
    abi: bandwidthTokenAbi,
    functionName: 'removeMinter',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `functionName` set to `"renounceOwnership"`
 */
export const useSimulateBandwidthTokenRenounceOwnership =
  /*#__PURE__*/ createUseSimulateContract({
    abi: bandwidthTokenAbi,
    functionName: 'renounceOwnership',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `functionName` set to `"transfer"`
 */
export const useSimulateBandwidthTokenTransfer =
  /*#__PURE__*/ createUseSimulateContract({
    abi: bandwidthTokenAbi,
    functionName: 'transfer',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `functionName` set to `"transferFrom"`
 */
export const useSimulateBandwidthTokenTransferFrom =
  /*#__PURE__*/ createUseSimulateContract({
    abi: bandwidthTokenAbi,
    functionName: 'transferFrom',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `functionName` set to `"transferOwnership"`
 */
export const useSimulateBandwidthTokenTransferOwnership =
  /*#__PURE__*/ createUseSimulateContract({
    abi: bandwidthTokenAbi,
    functionName: 'transferOwnership',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link bandwidthTokenAbi}__
 */
export const useWatchBandwidthTokenEvent =
  /*#__PURE__*/ createUseWatchContractEvent({ abi: bandwidthTokenAbi })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `eventName` set to `"Approval"`
 */
export const useWatchBandwidthTokenApprovalEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: bandwidthTokenAbi,
    eventName: 'Approval',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `eventName` set to `"MinterAdded"`
 */
export const useWatchBandwidthTokenMinterAddedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: bandwidthTokenAbi,
    eventName: 'MinterAdded',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `eventName` set to `"MinterRemoved"`
 */
export const useWatchBandwidthTokenMinterRemovedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: bandwidthTokenAbi,
    eventName: 'MinterRemoved',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `eventName` set to `"OwnershipTransferred"`
 */
export const useWatchBandwidthTokenOwnershipTransferredEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: bandwidthTokenAbi,
    eventName: 'OwnershipTransferred',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `eventName` set to `"Transfer"`
 */
export const useWatchBandwidthTokenTransferEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: bandwidthTokenAbi,
    eventName: 'Transfer',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link bandwidthTokenFactoryAbi}__
 */
export const useReadBandwidthTokenFactory = /*#__PURE__*/ createUseReadContract(
  { abi: bandwidthTokenFactoryAbi },
)

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link bandwidthTokenFactoryAbi}__ and `functionName` set to `"MAX_PAGE"`
 */
export const useReadBandwidthTokenFactoryMaxPage =
  /*#__PURE__*/ createUseReadContract({
    abi: bandwidthTokenFactoryAbi,
    functionName: 'MAX_PAGE',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link bandwidthTokenFactoryAbi}__ and `functionName` set to `"getTokensOf"`
 */
export const useReadBandwidthTokenFactoryGetTokensOf =
  /*#__PURE__*/ createUseReadContract({
    abi: bandwidthTokenFactoryAbi,
    functionName: 'getTokensOf',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link bandwidthTokenFactoryAbi}__ and `functionName` set to `"isBandwidthToken"`
 */
export const useReadBandwidthTokenFactoryIsBandwidthToken =
  /*#__PURE__*/ createUseReadContract({
    abi: bandwidthTokenFactoryAbi,
    functionName: 'isBandwidthToken',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link bandwidthTokenFactoryAbi}__
 */
export const useWriteBandwidthTokenFactory =
  /*#__PURE__*/ createUseWriteContract({ abi: bandwidthTokenFactoryAbi })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link bandwidthTokenFactoryAbi}__ and `functionName` set to `"createToken"`
 */
export const useWriteBandwidthTokenFactoryCreateToken =
  /*#__PURE__*/ createUseWriteContract({
    abi: bandwidthTokenFactoryAbi,
    functionName: 'createToken',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link bandwidthTokenFactoryAbi}__
 */
export const useSimulateBandwidthTokenFactory =
  /*#__PURE__*/ createUseSimulateContract({ abi: bandwidthTokenFactoryAbi })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link bandwidthTokenFactoryAbi}__ and `functionName` set to `"createToken"`
 */
export const useSimulateBandwidthTokenFactoryCreateToken =
  /*#__PURE__*/ createUseSimulateContract({
    abi: bandwidthTokenFactoryAbi,
    functionName: 'createToken',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link bandwidthTokenFactoryAbi}__
 */
export const useWatchBandwidthTokenFactoryEvent =
  /*#__PURE__*/ createUseWatchContractEvent({ abi: bandwidthTokenFactoryAbi })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link bandwidthTokenFactoryAbi}__ and `eventName` set to `"BandwidthTokenCreated"`
 */
export const useWatchBandwidthTokenFactoryBandwidthTokenCreatedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: bandwidthTokenFactoryAbi,
    eventName: 'BandwidthTokenCreated',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link capitalTokenAbi}__
 */
export const useReadCapitalToken = /*#__PURE__*/ createUseReadContract({
  abi: capitalTokenAbi,
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"DEAD_ADDRESS"`
 */
export const useReadCapitalTokenDeadAddress =
  /*#__PURE__*/ createUseReadContract({
    abi: capitalTokenAbi,
    functionName: 'DEAD_ADDRESS',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"allowance"`
 */
export const useReadCapitalTokenAllowance = /*#__PURE__*/ createUseReadContract(
  { abi: capitalTokenAbi, functionName: 'allowance' },
)

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"availablePool"`
 */
export const useReadCapitalTokenAvailablePool =
  /*#__PURE__*/ createUseReadContract({
    abi: capitalTokenAbi,
    functionName: 'availablePool',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"balanceOf"`
 */
export const useReadCapitalTokenBalanceOf = /*#__PURE__*/ createUseReadContract(
  { abi: capitalTokenAbi, functionName: 'balanceOf' },
)

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"deadSupply"`
 */
export const useReadCapitalTokenDeadSupply =
  /*#__PURE__*/ createUseReadContract({
    abi: capitalTokenAbi,
    functionName: 'deadSupply',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"decimals"`
 */
export const useReadCapitalTokenDecimals = /*#__PURE__*/ createUseReadContract({
  abi: capitalTokenAbi,
  functionName: 'decimals',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"escrowOf"`
 */
export const useReadCapitalTokenEscrowOf = /*#__PURE__*/ createUseReadContract({
  abi: capitalTokenAbi,
  functionName: 'escrowOf',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"floorPrice"`
 */
export const useReadCapitalTokenFloorPrice =
  /*#__PURE__*/ createUseReadContract({
    abi: capitalTokenAbi,
    functionName: 'floorPrice',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"name"`
 */
export const useReadCapitalTokenName = /*#__PURE__*/ createUseReadContract({
  abi: capitalTokenAbi,
  functionName: 'name',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"owedTo"`
 */
export const useReadCapitalTokenOwedTo = /*#__PURE__*/ createUseReadContract({
  abi: capitalTokenAbi,
  functionName: 'owedTo',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"pendingRelease"`
 */
export const useReadCapitalTokenPendingRelease =
  /*#__PURE__*/ createUseReadContract({
    abi: capitalTokenAbi,
    functionName: 'pendingRelease',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"priceState"`
 */
export const useReadCapitalTokenPriceState =
  /*#__PURE__*/ createUseReadContract({
    abi: capitalTokenAbi,
    functionName: 'priceState',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"protocolContracts"`
 */
export const useReadCapitalTokenProtocolContracts =
  /*#__PURE__*/ createUseReadContract({
    abi: capitalTokenAbi,
    functionName: 'protocolContracts',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"quoteBuy"`
 */
export const useReadCapitalTokenQuoteBuy = /*#__PURE__*/ createUseReadContract({
  abi: capitalTokenAbi,
  functionName: 'quoteBuy',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"quoteBuyCost"`
 */
export const useReadCapitalTokenQuoteBuyCost =
  /*#__PURE__*/ createUseReadContract({
    abi: capitalTokenAbi,
    functionName: 'quoteBuyCost',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"quoteSell"`
 */
export const useReadCapitalTokenQuoteSell = /*#__PURE__*/ createUseReadContract(
  { abi: capitalTokenAbi, functionName: 'quoteSell' },
)

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"releaseWindow"`
 */
export const useReadCapitalTokenReleaseWindow =
  /*#__PURE__*/ createUseReadContract({
    abi: capitalTokenAbi,
    functionName: 'releaseWindow',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"spotPrice"`
 */
export const useReadCapitalTokenSpotPrice = /*#__PURE__*/ createUseReadContract(
  { abi: capitalTokenAbi, functionName: 'spotPrice' },
)

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"symbol"`
 */
export const useReadCapitalTokenSymbol = /*#__PURE__*/ createUseReadContract({
  abi: capitalTokenAbi,
  functionName: 'symbol',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"totalSupply"`
 */
export const useReadCapitalTokenTotalSupply =
  /*#__PURE__*/ createUseReadContract({
    abi: capitalTokenAbi,
    functionName: 'totalSupply',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link capitalTokenAbi}__
 */
export const useWriteCapitalToken = /*#__PURE__*/ createUseWriteContract({
  abi: capitalTokenAbi,
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"approve"`
 */
export const useWriteCapitalTokenApprove = /*#__PURE__*/ createUseWriteContract(
  { abi: capitalTokenAbi, functionName: 'approve' },
)

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"burnStake"`
 */
export const useWriteCapitalTokenBurnStake =
  /*#__PURE__*/ createUseWriteContract({
    abi: capitalTokenAbi,
    functionName: 'burnStake',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"buy"`
 */
export const useWriteCapitalTokenBuy = /*#__PURE__*/ createUseWriteContract({
  abi: capitalTokenAbi,
  functionName: 'buy',
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"fundProject"`
 */
export const useWriteCapitalTokenFundProject =
  /*#__PURE__*/ createUseWriteContract({
    abi: capitalTokenAbi,
    functionName: 'fundProject',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"payFromEscrow"`
 */
export const useWriteCapitalTokenPayFromEscrow =
  /*#__PURE__*/ createUseWriteContract({
    abi: capitalTokenAbi,
    functionName: 'payFromEscrow',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"returnEscrow"`
 */
export const useWriteCapitalTokenReturnEscrow =
  /*#__PURE__*/ createUseWriteContract({
    abi: capitalTokenAbi,
    functionName: 'returnEscrow',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"sell"`
 */
export const useWriteCapitalTokenSell = /*#__PURE__*/ createUseWriteContract({
  abi: capitalTokenAbi,
  functionName: 'sell',
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"sendFromEscrow"`
 */
export const useWriteCapitalTokenSendFromEscrow =
  /*#__PURE__*/ createUseWriteContract({
    abi: capitalTokenAbi,
    functionName: 'sendFromEscrow',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"takeStake"`
 */
export const useWriteCapitalTokenTakeStake =
  /*#__PURE__*/ createUseWriteContract({
    abi: capitalTokenAbi,
    functionName: 'takeStake',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"transfer"`
 */
export const useWriteCapitalTokenTransfer =
  /*#__PURE__*/ createUseWriteContract({
    abi: capitalTokenAbi,
    functionName: 'transfer',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"transferFrom"`
 */
export const useWriteCapitalTokenTransferFrom =
  /*#__PURE__*/ createUseWriteContract({
    abi: capitalTokenAbi,
    functionName: 'transferFrom',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"withdrawOwed"`
 */
export const useWriteCapitalTokenWithdrawOwed =
  /*#__PURE__*/ createUseWriteContract({
    abi: capitalTokenAbi,
    functionName: 'withdrawOwed',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link capitalTokenAbi}__
 */
export const useSimulateCapitalToken = /*#__PURE__*/ createUseSimulateContract({
  abi: capitalTokenAbi,
})

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"approve"`
 */
export const useSimulateCapitalTokenApprove =
  /*#__PURE__*/ createUseSimulateContract({
    abi: capitalTokenAbi,
    functionName: 'approve',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"burnStake"`
 */
export const useSimulateCapitalTokenBurnStake =
  /*#__PURE__*/ createUseSimulateContract({
    abi: capitalTokenAbi,
    functionName: 'burnStake',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"buy"`
 */
export const useSimulateCapitalTokenBuy =
  /*#__PURE__*/ createUseSimulateContract({
    abi: capitalTokenAbi,
    functionName: 'buy',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"fundProject"`
 */
export const useSimulateCapitalTokenFundProject =
  /*#__PURE__*/ createUseSimulateContract({
    abi: capitalTokenAbi,
    functionName: 'fundProject',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"payFromEscrow"`
 */
export const useSimulateCapitalTokenPayFromEscrow =
  /*#__PURE__*/ createUseSimulateContract({
    abi: capitalTokenAbi,
    functionName: 'payFromEscrow',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"returnEscrow"`
 */
export const useSimulateCapitalTokenReturnEscrow =
  /*#__PURE__*/ createUseSimulateContract({
    abi: capitalTokenAbi,
    functionName: 'returnEscrow',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"sell"`
 */
export const useSimulateCapitalTokenSell =
  /*#__PURE__*/ createUseSimulateContract({
    abi: capitalTokenAbi,
    functionName: 'sell',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"sendFromEscrow"`
 */
export const useSimulateCapitalTokenSendFromEscrow =
  /*#__PURE__*/ createUseSimulateContract({
    abi: capitalTokenAbi,
    functionName: 'sendFromEscrow',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"takeStake"`
 */
export const useSimulateCapitalTokenTakeStake =
  /*#__PURE__*/ createUseSimulateContract({
    abi: capitalTokenAbi,
    functionName: 'takeStake',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"transfer"`
 */
export const useSimulateCapitalTokenTransfer =
  /*#__PURE__*/ createUseSimulateContract({
    abi: capitalTokenAbi,
    functionName: 'transfer',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"transferFrom"`
 */
export const useSimulateCapitalTokenTransferFrom =
  /*#__PURE__*/ createUseSimulateContract({
    abi: capitalTokenAbi,
    functionName: 'transferFrom',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link capitalTokenAbi}__ and `functionName` set to `"withdrawOwed"`
 */
export const useSimulateCapitalTokenWithdrawOwed =
  /*#__PURE__*/ createUseSimulateContract({
    abi: capitalTokenAbi,
    functionName: 'withdrawOwed',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link capitalTokenAbi}__
 */
export const useWatchCapitalTokenEvent =
  /*#__PURE__*/ createUseWatchContractEvent({ abi: capitalTokenAbi })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link capitalTokenAbi}__ and `eventName` set to `"Approval"`
 */
export const useWatchCapitalTokenApprovalEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: capitalTokenAbi,
    eventName: 'Approval',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link capitalTokenAbi}__ and `eventName` set to `"Bought"`
 */
export const useWatchCapitalTokenBoughtEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: capitalTokenAbi,
    eventName: 'Bought',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link capitalTokenAbi}__ and `eventName` set to `"EscrowPaid"`
 */
export const useWatchCapitalTokenEscrowPaidEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: capitalTokenAbi,
    eventName: 'EscrowPaid',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link capitalTokenAbi}__ and `eventName` set to `"EscrowReturned"`
 */
export const useWatchCapitalTokenEscrowReturnedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: capitalTokenAbi,
    eventName: 'EscrowReturned',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link capitalTokenAbi}__ and `eventName` set to `"EscrowSent"`
 */
export const useWatchCapitalTokenEscrowSentEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: capitalTokenAbi,
    eventName: 'EscrowSent',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link capitalTokenAbi}__ and `eventName` set to `"OwedWithdrawn"`
 */
export const useWatchCapitalTokenOwedWithdrawnEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: capitalTokenAbi,
    eventName: 'OwedWithdrawn',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link capitalTokenAbi}__ and `eventName` set to `"ProjectFunded"`
 */
export const useWatchCapitalTokenProjectFundedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: capitalTokenAbi,
    eventName: 'ProjectFunded',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link capitalTokenAbi}__ and `eventName` set to `"ReleaseScheduled"`
 */
export const useWatchCapitalTokenReleaseScheduledEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: capitalTokenAbi,
    eventName: 'ReleaseScheduled',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link capitalTokenAbi}__ and `eventName` set to `"Sold"`
 */
export const useWatchCapitalTokenSoldEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: capitalTokenAbi,
    eventName: 'Sold',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link capitalTokenAbi}__ and `eventName` set to `"StakeBurned"`
 */
export const useWatchCapitalTokenStakeBurnedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: capitalTokenAbi,
    eventName: 'StakeBurned',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link capitalTokenAbi}__ and `eventName` set to `"Transfer"`
 */
export const useWatchCapitalTokenTransferEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: capitalTokenAbi,
    eventName: 'Transfer',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link nodeRegistryAbi}__
 */
export const useReadNodeRegistry = /*#__PURE__*/ createUseReadContract({
  abi: nodeRegistryAbi,
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link nodeRegistryAbi}__ and `functionName` set to `"MAX_PAGE"`
 */
export const useReadNodeRegistryMaxPage = /*#__PURE__*/ createUseReadContract({
  abi: nodeRegistryAbi,
  functionName: 'MAX_PAGE',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link nodeRegistryAbi}__ and `functionName` set to `"getNode"`
 */
export const useReadNodeRegistryGetNode = /*#__PURE__*/ createUseReadContract({
  abi: nodeRegistryAbi,
  functionName: 'getNode',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link nodeRegistryAbi}__ and `functionName` set to `"getNodes"`
 */
export const useReadNodeRegistryGetNodes = /*#__PURE__*/ createUseReadContract({
  abi: nodeRegistryAbi,
  functionName: 'getNodes',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link nodeRegistryAbi}__ and `functionName` set to `"nodeCount"`
 */
export const useReadNodeRegistryNodeCount = /*#__PURE__*/ createUseReadContract(
  { abi: nodeRegistryAbi, functionName: 'nodeCount' },
)

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link nodeRegistryAbi}__
 */
export const useWriteNodeRegistry = /*#__PURE__*/ createUseWriteContract({
  abi: nodeRegistryAbi,
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link nodeRegistryAbi}__ and `functionName` set to `"registerNode"`
 */
export const useWriteNodeRegistryRegisterNode =
  /*#__PURE__*/ createUseWriteContract({
    abi: nodeRegistryAbi,
    functionName: 'registerNode',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link nodeRegistryAbi}__ and `functionName` set to `"removeNode"`
 */
export const useWriteNodeRegistryRemoveNode =
  /*#__PURE__*/ createUseWriteContract({
    abi: nodeRegistryAbi,
    functionName: 'removeNode',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link nodeRegistryAbi}__ and `functionName` set to `"setNodeStatus"`
 */
export const useWriteNodeRegistrySetNodeStatus =
  /*#__PURE__*/ createUseWriteContract({
    abi: nodeRegistryAbi,
    functionName: 'setNodeStatus',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link nodeRegistryAbi}__ and `functionName` set to `"updateNode"`
 */
export const useWriteNodeRegistryUpdateNode =
  /*#__PURE__*/ createUseWriteContract({
    abi: nodeRegistryAbi,
    functionName: 'updateNode',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link nodeRegistryAbi}__
 */
export const useSimulateNodeRegistry = /*#__PURE__*/ createUseSimulateContract({
  abi: nodeRegistryAbi,
})

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link nodeRegistryAbi}__ and `functionName` set to `"registerNode"`
 */
export const useSimulateNodeRegistryRegisterNode =
  /*#__PURE__*/ createUseSimulateContract({
    abi: nodeRegistryAbi,
    functionName: 'registerNode',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link nodeRegistryAbi}__ and `functionName` set to `"removeNode"`
 */
export const useSimulateNodeRegistryRemoveNode =
  /*#__PURE__*/ createUseSimulateContract({
    abi: nodeRegistryAbi,
    functionName: 'removeNode',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link nodeRegistryAbi}__ and `functionName` set to `"setNodeStatus"`
 */
export const useSimulateNodeRegistrySetNodeStatus =
  /*#__PURE__*/ createUseSimulateContract({
    abi: nodeRegistryAbi,
    functionName: 'setNodeStatus',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link nodeRegistryAbi}__ and `functionName` set to `"updateNode"`
 */
export const useSimulateNodeRegistryUpdateNode =
  /*#__PURE__*/ createUseSimulateContract({
    abi: nodeRegistryAbi,
    functionName: 'updateNode',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link nodeRegistryAbi}__
 */
export const useWatchNodeRegistryEvent =
  /*#__PURE__*/ createUseWatchContractEvent({ abi: nodeRegistryAbi })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link nodeRegistryAbi}__ and `eventName` set to `"NodeRegistered"`
 */
export const useWatchNodeRegistryNodeRegisteredEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: nodeRegistryAbi,
    eventName: 'NodeRegistered',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link nodeRegistryAbi}__ and `eventName` set to `"NodeRemoved"`
 */
export const useWatchNodeRegistryNodeRemovedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: nodeRegistryAbi,
    eventName: 'NodeRemoved',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link nodeRegistryAbi}__ and `eventName` set to `"NodeUpdated"`
 */
export const useWatchNodeRegistryNodeUpdatedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: nodeRegistryAbi,
    eventName: 'NodeUpdated',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link participantRegistryAbi}__
 */
export const useReadParticipantRegistry = /*#__PURE__*/ createUseReadContract({
  abi: participantRegistryAbi,
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link participantRegistryAbi}__ and `functionName` set to `"DEFAULT_ADMIN_ROLE"`
 */
export const useReadParticipantRegistryDefaultAdminRole =
  /*#__PURE__*/ createUseReadContract({
    abi: participantRegistryAbi,
    functionName: 'DEFAULT_ADMIN_ROLE',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link participantRegistryAbi}__ and `functionName` set to `"INVESTOR_ROLE"`
 */
export const useReadParticipantRegistryInvestorRole =
  /*#__PURE__*/ createUseReadContract({
    abi: participantRegistryAbi,
    functionName: 'INVESTOR_ROLE',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link participantRegistryAbi}__ and `functionName` set to `"MAX_PAGE"`
 */
export const useReadParticipantRegistryMaxPage =
  /*#__PURE__*/ createUseReadContract({
    abi: participantRegistryAbi,
    functionName: 'MAX_PAGE',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link participantRegistryAbi}__ and `functionName` set to `"OPERATOR_ROLE"`
 */
export const useReadParticipantRegistryOperatorRole =
  /*#__PURE__*/ createUseReadContract({
    abi: participantRegistryAbi,
    functionName: 'OPERATOR_ROLE',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link participantRegistryAbi}__ and `functionName` set to `"PLATFORM_ROLE"`
 */
export const useReadParticipantRegistryPlatformRole =
  /*#__PURE__*/ createUseReadContract({
    abi: participantRegistryAbi,
    functionName: 'PLATFORM_ROLE',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link participantRegistryAbi}__ and `functionName` set to `"PUBLIC_ADMINISTRATION_ROLE"`
 */
export const useReadParticipantRegistryPublicAdministrationRole =
  /*#__PURE__*/ createUseReadContract({
    abi: participantRegistryAbi,
    functionName: 'PUBLIC_ADMINISTRATION_ROLE',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link participantRegistryAbi}__ and `functionName` set to `"VALIDATOR_ROLE"`
 */
export const useReadParticipantRegistryValidatorRole =
  /*#__PURE__*/ createUseReadContract({
    abi: participantRegistryAbi,
    functionName: 'VALIDATOR_ROLE',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link participantRegistryAbi}__ and `functionName` set to `"getParticipants"`
 */
export const useReadParticipantRegistryGetParticipants =
  /*#__PURE__*/ createUseReadContract({
    abi: participantRegistryAbi,
    functionName: 'getParticipants',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link participantRegistryAbi}__ and `functionName` set to `"getRoleAdmin"`
 */
export const useReadParticipantRegistryGetRoleAdmin =
  /*#__PURE__*/ createUseReadContract({
    abi: participantRegistryAbi,
    functionName: 'getRoleAdmin',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link participantRegistryAbi}__ and `functionName` set to `"getRoleMember"`
 */
export const useReadParticipantRegistryGetRoleMember =
  /*#__PURE__*/ createUseReadContract({
    abi: participantRegistryAbi,
    functionName: 'getRoleMember',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link participantRegistryAbi}__ and `functionName` set to `"getRoleMemberCount"`
 */
export const useReadParticipantRegistryGetRoleMemberCount =
  /*#__PURE__*/ createUseReadContract({
    abi: participantRegistryAbi,
    functionName: 'getRoleMemberCount',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link participantRegistryAbi}__ and `functionName` set to `"getRoleMembers"`
 */
export const useReadParticipantRegistryGetRoleMembers =
  /*#__PURE__*/ createUseReadContract({
    abi: participantRegistryAbi,
    functionName: 'getRoleMembers',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link participantRegistryAbi}__ and `functionName` set to `"hasRole"`
 */
export const useReadParticipantRegistryHasRole =
  /*#__PURE__*/ createUseReadContract({
    abi: participantRegistryAbi,
    functionName: 'hasRole',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link participantRegistryAbi}__ and `functionName` set to `"rolesOf"`
 */
export const useReadParticipantRegistryRolesOf =
  /*#__PURE__*/ createUseReadContract({
    abi: participantRegistryAbi,
    functionName: 'rolesOf',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link participantRegistryAbi}__ and `functionName` set to `"supportsInterface"`
 */
export const useReadParticipantRegistrySupportsInterface =
  /*#__PURE__*/ createUseReadContract({
    abi: participantRegistryAbi,
    functionName: 'supportsInterface',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link participantRegistryAbi}__
 */
export const useWriteParticipantRegistry = /*#__PURE__*/ createUseWriteContract(
  { abi: participantRegistryAbi },
)

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link participantRegistryAbi}__ and `functionName` set to `"grantRole"`
 */
export const useWriteParticipantRegistryGrantRole =
  /*#__PURE__*/ createUseWriteContract({
    abi: participantRegistryAbi,
    functionName: 'grantRole',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link participantRegistryAbi}__ and `functionName` set to `"joinAsInvestor"`
 */
export const useWriteParticipantRegistryJoinAsInvestor =
  /*#__PURE__*/ createUseWriteContract({
    abi: participantRegistryAbi,
    functionName: 'joinAsInvestor',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link participantRegistryAbi}__ and `functionName` set to `"renounceRole"`
 */
export const useWriteParticipantRegistryRenounceRole =
  /*#__PURE__*/ createUseWriteContract({
    abi: participantRegistryAbi,
    functionName: 'renounceRole',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link participantRegistryAbi}__ and `functionName` set to `"revokeRole"`
 */
export const useWriteParticipantRegistryRevokeRole =
  /*#__PURE__*/ createUseWriteContract({
    abi: participantRegistryAbi,
    functionName: 'revokeRole',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link participantRegistryAbi}__
 */
export const useSimulateParticipantRegistry =
  /*#__PURE__*/ createUseSimulateContract({ abi: participantRegistryAbi })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link participantRegistryAbi}__ and `functionName` set to `"grantRole"`
 */
export const useSimulateParticipantRegistryGrantRole =
  /*#__PURE__*/ createUseSimulateContract({
    abi: participantRegistryAbi,
    functionName: 'grantRole',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link participantRegistryAbi}__ and `functionName` set to `"joinAsInvestor"`
 */
export const useSimulateParticipantRegistryJoinAsInvestor =
  /*#__PURE__*/ createUseSimulateContract({
    abi: participantRegistryAbi,
    functionName: 'joinAsInvestor',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link participantRegistryAbi}__ and `functionName` set to `"renounceRole"`
 */
export const useSimulateParticipantRegistryRenounceRole =
  /*#__PURE__*/ createUseSimulateContract({
    abi: participantRegistryAbi,
    functionName: 'renounceRole',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link participantRegistryAbi}__ and `functionName` set to `"revokeRole"`
 */
export const useSimulateParticipantRegistryRevokeRole =
  /*#__PURE__*/ createUseSimulateContract({
    abi: participantRegistryAbi,
    functionName: 'revokeRole',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link participantRegistryAbi}__
 */
export const useWatchParticipantRegistryEvent =
  /*#__PURE__*/ createUseWatchContractEvent({ abi: participantRegistryAbi })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link participantRegistryAbi}__ and `eventName` set to `"RoleAdminChanged"`
 */
export const useWatchParticipantRegistryRoleAdminChangedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: participantRegistryAbi,
    eventName: 'RoleAdminChanged',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link participantRegistryAbi}__ and `eventName` set to `"RoleGranted"`
 */
export const useWatchParticipantRegistryRoleGrantedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: participantRegistryAbi,
    eventName: 'RoleGranted',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link participantRegistryAbi}__ and `eventName` set to `"RoleRevoked"`
 */
export const useWatchParticipantRegistryRoleRevokedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: participantRegistryAbi,
    eventName: 'RoleRevoked',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link platformTokenAbi}__
 */
export const useReadPlatformToken = /*#__PURE__*/ createUseReadContract({
  abi: platformTokenAbi,
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link platformTokenAbi}__ and `functionName` set to `"CLOCK_MODE"`
 */
export const useReadPlatformTokenClockMode =
  /*#__PURE__*/ createUseReadContract({
    abi: platformTokenAbi,
    functionName: 'CLOCK_MODE',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link platformTokenAbi}__ and `functionName` set to `"allowance"`
 */
export const useReadPlatformTokenAllowance =
  /*#__PURE__*/ createUseReadContract({
    abi: platformTokenAbi,
    functionName: 'allowance',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link platformTokenAbi}__ and `functionName` set to `"balanceOf"`
 */
export const useReadPlatformTokenBalanceOf =
  /*#__PURE__*/ createUseReadContract({
    abi: platformTokenAbi,
    functionName: 'balanceOf',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link platformTokenAbi}__ and `functionName` set to `"checkpoints"`
 */
export const useReadPlatformTokenCheckpoints =
  /*#__PURE__*/ createUseReadContract({
    abi: platformTokenAbi,
    functionName: 'checkpoints',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link platformTokenAbi}__ and `functionName` set to `"clock"`
 */
export const useReadPlatformTokenClock = /*#__PURE__*/ createUseReadContract({
  abi: platformTokenAbi,
  functionName: 'clock',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link platformTokenAbi}__ and `functionName` set to `"decimals"`
 */
export const useReadPlatformTokenDecimals = /*#__PURE__*/ createUseReadContract(
  { abi: platformTokenAbi, functionName: 'decimals' },
)

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link platformTokenAbi}__ and `functionName` set to `"delegates"`
 */
export const useReadPlatformTokenDelegates =
  /*#__PURE__*/ createUseReadContract({
    abi: platformTokenAbi,
    functionName: 'delegates',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link platformTokenAbi}__ and `functionName` set to `"eip712Domain"`
 */
export const useReadPlatformTokenEip712Domain =
  /*#__PURE__*/ createUseReadContract({
    abi: platformTokenAbi,
    functionName: 'eip712Domain',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link platformTokenAbi}__ and `functionName` set to `"getPastBalance"`
 */
export const useReadPlatformTokenGetPastBalance =
  /*#__PURE__*/ createUseReadContract({
    abi: platformTokenAbi,
    functionName: 'getPastBalance',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link platformTokenAbi}__ and `functionName` set to `"getPastTotalSupply"`
 */
export const useReadPlatformTokenGetPastTotalSupply =
  /*#__PURE__*/ createUseReadContract({
    abi: platformTokenAbi,
    functionName: 'getPastTotalSupply',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link platformTokenAbi}__ and `functionName` set to `"getPastVotes"`
 */
export const useReadPlatformTokenGetPastVotes =
  /*#__PURE__*/ createUseReadContract({
    abi: platformTokenAbi,
    functionName: 'getPastVotes',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link platformTokenAbi}__ and `functionName` set to `"getVotes"`
 */
export const useReadPlatformTokenGetVotes = /*#__PURE__*/ createUseReadContract(
  { abi: platformTokenAbi, functionName: 'getVotes' },
)

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link platformTokenAbi}__ and `functionName` set to `"name"`
 */
export const useReadPlatformTokenName = /*#__PURE__*/ createUseReadContract({
  abi: platformTokenAbi,
  functionName: 'name',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link platformTokenAbi}__ and `functionName` set to `"nonces"`
 */
export const useReadPlatformTokenNonces = /*#__PURE__*/ createUseReadContract({
  abi: platformTokenAbi,
  functionName: 'nonces',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link platformTokenAbi}__ and `functionName` set to `"numCheckpoints"`
 */
export const useReadPlatformTokenNumCheckpoints =
  /*#__PURE__*/ createUseReadContract({
    abi: platformTokenAbi,
    functionName: 'numCheckpoints',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link platformTokenAbi}__ and `functionName` set to `"symbol"`
 */
export const useReadPlatformTokenSymbol = /*#__PURE__*/ createUseReadContract({
  abi: platformTokenAbi,
  functionName: 'symbol',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link platformTokenAbi}__ and `functionName` set to `"totalSupply"`
 */
export const useReadPlatformTokenTotalSupply =
  /*#__PURE__*/ createUseReadContract({
    abi: platformTokenAbi,
    functionName: 'totalSupply',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link platformTokenAbi}__
 */
export const useWritePlatformToken = /*#__PURE__*/ createUseWriteContract({
  abi: platformTokenAbi,
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link platformTokenAbi}__ and `functionName` set to `"approve"`
 */
export const useWritePlatformTokenApprove =
  /*#__PURE__*/ createUseWriteContract({
    abi: platformTokenAbi,
    functionName: 'approve',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link platformTokenAbi}__ and `functionName` set to `"burn"`
 */
export const useWritePlatformTokenBurn = /*#__PURE__*/ createUseWriteContract({
  abi: platformTokenAbi,
  functionName: 'burn',
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link platformTokenAbi}__ and `functionName` set to `"delegate"`
 */
export const useWritePlatformTokenDelegate =
  /*#__PURE__*/ createUseWriteContract({
    abi: platformTokenAbi,
    functionName: 'delegate',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link platformTokenAbi}__ and `functionName` set to `"delegateBySig"`
 */
export const useWritePlatformTokenDelegateBySig =
  /*#__PURE__*/ createUseWriteContract({
    abi: platformTokenAbi,
    functionName: 'delegateBySig',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link platformTokenAbi}__ and `functionName` set to `"transfer"`
 */
export const useWritePlatformTokenTransfer =
  /*#__PURE__*/ createUseWriteContract({
    abi: platformTokenAbi,
    functionName: 'transfer',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link platformTokenAbi}__ and `functionName` set to `"transferFrom"`
 */
export const useWritePlatformTokenTransferFrom =
  /*#__PURE__*/ createUseWriteContract({
    abi: platformTokenAbi,
    functionName: 'transferFrom',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link platformTokenAbi}__
 */
export const useSimulatePlatformToken = /*#__PURE__*/ createUseSimulateContract(
  { abi: platformTokenAbi },
)

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link platformTokenAbi}__ and `functionName` set to `"approve"`
 */
export const useSimulatePlatformTokenApprove =
  /*#__PURE__*/ createUseSimulateContract({
    abi: platformTokenAbi,
    functionName: 'approve',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link platformTokenAbi}__ and `functionName` set to `"burn"`
 */
export const useSimulatePlatformTokenBurn =
  /*#__PURE__*/ createUseSimulateContract({
    abi: platformTokenAbi,
    functionName: 'burn',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link platformTokenAbi}__ and `functionName` set to `"delegate"`
 */
export const useSimulatePlatformTokenDelegate =
  /*#__PURE__*/ createUseSimulateContract({
    abi: platformTokenAbi,
    functionName: 'delegate',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link platformTokenAbi}__ and `functionName` set to `"delegateBySig"`
 */
export const useSimulatePlatformTokenDelegateBySig =
  /*#__PURE__*/ createUseSimulateContract({
    abi: platformTokenAbi,
    functionName: 'delegateBySig',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link platformTokenAbi}__ and `functionName` set to `"transfer"`
 */
export const useSimulatePlatformTokenTransfer =
  /*#__PURE__*/ createUseSimulateContract({
    abi: platformTokenAbi,
    functionName: 'transfer',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link platformTokenAbi}__ and `functionName` set to `"transferFrom"`
 */
export const useSimulatePlatformTokenTransferFrom =
  /*#__PURE__*/ createUseSimulateContract({
    abi: platformTokenAbi,
    functionName: 'transferFrom',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link platformTokenAbi}__
 */
export const useWatchPlatformTokenEvent =
  /*#__PURE__*/ createUseWatchContractEvent({ abi: platformTokenAbi })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link platformTokenAbi}__ and `eventName` set to `"Approval"`
 */
export const useWatchPlatformTokenApprovalEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: platformTokenAbi,
    eventName: 'Approval',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link platformTokenAbi}__ and `eventName` set to `"DelegateChanged"`
 */
export const useWatchPlatformTokenDelegateChangedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: platformTokenAbi,
    eventName: 'DelegateChanged',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link platformTokenAbi}__ and `eventName` set to `"DelegateVotesChanged"`
 */
export const useWatchPlatformTokenDelegateVotesChangedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: platformTokenAbi,
    eventName: 'DelegateVotesChanged',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link platformTokenAbi}__ and `eventName` set to `"EIP712DomainChanged"`
 */
export const useWatchPlatformTokenEip712DomainChangedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: platformTokenAbi,
    eventName: 'EIP712DomainChanged',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link platformTokenAbi}__ and `eventName` set to `"Transfer"`
 */
export const useWatchPlatformTokenTransferEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: platformTokenAbi,
    eventName: 'Transfer',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link platformTokenSaleAbi}__
 */
export const useReadPlatformTokenSale = /*#__PURE__*/ createUseReadContract({
  abi: platformTokenSaleAbi,
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link platformTokenSaleAbi}__ and `functionName` set to `"cap"`
 */
export const useReadPlatformTokenSaleCap = /*#__PURE__*/ createUseReadContract({
  abi: platformTokenSaleAbi,
  functionName: 'cap',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link platformTokenSaleAbi}__ and `functionName` set to `"closesAt"`
 */
export const useReadPlatformTokenSaleClosesAt =
  /*#__PURE__*/ createUseReadContract({
    abi: platformTokenSaleAbi,
    functionName: 'closesAt',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link platformTokenSaleAbi}__ and `functionName` set to `"finalized"`
 */
export const useReadPlatformTokenSaleFinalized =
  /*#__PURE__*/ createUseReadContract({
    abi: platformTokenSaleAbi,
    functionName: 'finalized',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link platformTokenSaleAbi}__ and `functionName` set to `"quote"`
 */
export const useReadPlatformTokenSaleQuote =
  /*#__PURE__*/ createUseReadContract({
    abi: platformTokenSaleAbi,
    functionName: 'quote',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link platformTokenSaleAbi}__ and `functionName` set to `"rate"`
 */
export const useReadPlatformTokenSaleRate = /*#__PURE__*/ createUseReadContract(
  { abi: platformTokenSaleAbi, functionName: 'rate' },
)

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link platformTokenSaleAbi}__ and `functionName` set to `"token"`
 */
export const useReadPlatformTokenSaleToken =
  /*#__PURE__*/ createUseReadContract({
    abi: platformTokenSaleAbi,
    functionName: 'token',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link platformTokenSaleAbi}__ and `functionName` set to `"tokensRemaining"`
 */
export const useReadPlatformTokenSaleTokensRemaining =
  /*#__PURE__*/ createUseReadContract({
    abi: platformTokenSaleAbi,
    functionName: 'tokensRemaining',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link platformTokenSaleAbi}__ and `functionName` set to `"tokensSold"`
 */
export const useReadPlatformTokenSaleTokensSold =
  /*#__PURE__*/ createUseReadContract({
    abi: platformTokenSaleAbi,
    functionName: 'tokensSold',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link platformTokenSaleAbi}__ and `functionName` set to `"treasury"`
 */
export const useReadPlatformTokenSaleTreasury =
  /*#__PURE__*/ createUseReadContract({
    abi: platformTokenSaleAbi,
    functionName: 'treasury',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link platformTokenSaleAbi}__
 */
export const useWritePlatformTokenSale = /*#__PURE__*/ createUseWriteContract({
  abi: platformTokenSaleAbi,
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link platformTokenSaleAbi}__ and `functionName` set to `"buy"`
 */
export const useWritePlatformTokenSaleBuy =
  /*#__PURE__*/ createUseWriteContract({
    abi: platformTokenSaleAbi,
    functionName: 'buy',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link platformTokenSaleAbi}__ and `functionName` set to `"finalize"`
 */
export const useWritePlatformTokenSaleFinalize =
  /*#__PURE__*/ createUseWriteContract({
    abi: platformTokenSaleAbi,
    functionName: 'finalize',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link platformTokenSaleAbi}__ and `functionName` set to `"withdrawProceeds"`
 */
export const useWritePlatformTokenSaleWithdrawProceeds =
  /*#__PURE__*/ createUseWriteContract({
    abi: platformTokenSaleAbi,
    functionName: 'withdrawProceeds',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link platformTokenSaleAbi}__
 */
export const useSimulatePlatformTokenSale =
  /*#__PURE__*/ createUseSimulateContract({ abi: platformTokenSaleAbi })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link platformTokenSaleAbi}__ and `functionName` set to `"buy"`
 */
export const useSimulatePlatformTokenSaleBuy =
  /*#__PURE__*/ createUseSimulateContract({
    abi: platformTokenSaleAbi,
    functionName: 'buy',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link platformTokenSaleAbi}__ and `functionName` set to `"finalize"`
 */
export const useSimulatePlatformTokenSaleFinalize =
  /*#__PURE__*/ createUseSimulateContract({
    abi: platformTokenSaleAbi,
    functionName: 'finalize',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link platformTokenSaleAbi}__ and `functionName` set to `"withdrawProceeds"`
 */
export const useSimulatePlatformTokenSaleWithdrawProceeds =
  /*#__PURE__*/ createUseSimulateContract({
    abi: platformTokenSaleAbi,
    functionName: 'withdrawProceeds',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link platformTokenSaleAbi}__
 */
export const useWatchPlatformTokenSaleEvent =
  /*#__PURE__*/ createUseWatchContractEvent({ abi: platformTokenSaleAbi })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link platformTokenSaleAbi}__ and `eventName` set to `"ProceedsWithdrawn"`
 */
export const useWatchPlatformTokenSaleProceedsWithdrawnEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: platformTokenSaleAbi,
    eventName: 'ProceedsWithdrawn',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link platformTokenSaleAbi}__ and `eventName` set to `"SaleFinalized"`
 */
export const useWatchPlatformTokenSaleSaleFinalizedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: platformTokenSaleAbi,
    eventName: 'SaleFinalized',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link platformTokenSaleAbi}__ and `eventName` set to `"TokensPurchased"`
 */
export const useWatchPlatformTokenSaleTokensPurchasedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: platformTokenSaleAbi,
    eventName: 'TokensPurchased',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link plcrVotingAbi}__
 */
export const useReadPlcrVoting = /*#__PURE__*/ createUseReadContract({
  abi: plcrVotingAbi,
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link plcrVotingAbi}__ and `functionName` set to `"MAX_BATCH"`
 */
export const useReadPlcrVotingMaxBatch = /*#__PURE__*/ createUseReadContract({
  abi: plcrVotingAbi,
  functionName: 'MAX_BATCH',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link plcrVotingAbi}__ and `functionName` set to `"MAX_ESCROW"`
 */
export const useReadPlcrVotingMaxEscrow = /*#__PURE__*/ createUseReadContract({
  abi: plcrVotingAbi,
  functionName: 'MAX_ESCROW',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link plcrVotingAbi}__ and `functionName` set to `"capitalToken"`
 */
export const useReadPlcrVotingCapitalToken =
  /*#__PURE__*/ createUseReadContract({
    abi: plcrVotingAbi,
    functionName: 'capitalToken',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link plcrVotingAbi}__ and `functionName` set to `"commitHashOf"`
 */
export const useReadPlcrVotingCommitHashOf =
  /*#__PURE__*/ createUseReadContract({
    abi: plcrVotingAbi,
    functionName: 'commitHashOf',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link plcrVotingAbi}__ and `functionName` set to `"getPoll"`
 */
export const useReadPlcrVotingGetPoll = /*#__PURE__*/ createUseReadContract({
  abi: plcrVotingAbi,
  functionName: 'getPoll',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link plcrVotingAbi}__ and `functionName` set to `"getPollGroup"`
 */
export const useReadPlcrVotingGetPollGroup =
  /*#__PURE__*/ createUseReadContract({
    abi: plcrVotingAbi,
    functionName: 'getPollGroup',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link plcrVotingAbi}__ and `functionName` set to `"getVote"`
 */
export const useReadPlcrVotingGetVote = /*#__PURE__*/ createUseReadContract({
  abi: plcrVotingAbi,
  functionName: 'getVote',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link plcrVotingAbi}__ and `functionName` set to `"parameters"`
 */
export const useReadPlcrVotingParameters = /*#__PURE__*/ createUseReadContract({
  abi: plcrVotingAbi,
  functionName: 'parameters',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link plcrVotingAbi}__ and `functionName` set to `"pollOpener"`
 */
export const useReadPlcrVotingPollOpener = /*#__PURE__*/ createUseReadContract({
  abi: plcrVotingAbi,
  functionName: 'pollOpener',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link plcrVotingAbi}__ and `functionName` set to `"pollResults"`
 */
export const useReadPlcrVotingPollResults = /*#__PURE__*/ createUseReadContract(
  { abi: plcrVotingAbi, functionName: 'pollResults' },
)

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link plcrVotingAbi}__ and `functionName` set to `"reputationRegistry"`
 */
export const useReadPlcrVotingReputationRegistry =
  /*#__PURE__*/ createUseReadContract({
    abi: plcrVotingAbi,
    functionName: 'reputationRegistry',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link plcrVotingAbi}__
 */
export const useWritePlcrVoting = /*#__PURE__*/ createUseWriteContract({
  abi: plcrVotingAbi,
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link plcrVotingAbi}__ and `functionName` set to `"commitVote"`
 */
export const useWritePlcrVotingCommitVote =
  /*#__PURE__*/ createUseWriteContract({
    abi: plcrVotingAbi,
    functionName: 'commitVote',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link plcrVotingAbi}__ and `functionName` set to `"openPolls"`
 */
export const useWritePlcrVotingOpenPolls = /*#__PURE__*/ createUseWriteContract(
  { abi: plcrVotingAbi, functionName: 'openPolls' },
)

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link plcrVotingAbi}__ and `functionName` set to `"revealVote"`
 */
export const useWritePlcrVotingRevealVote =
  /*#__PURE__*/ createUseWriteContract({
    abi: plcrVotingAbi,
    functionName: 'revealVote',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link plcrVotingAbi}__ and `functionName` set to `"withdrawEscrow"`
 */
export const useWritePlcrVotingWithdrawEscrow =
  /*#__PURE__*/ createUseWriteContract({
    abi: plcrVotingAbi,
    functionName: 'withdrawEscrow',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link plcrVotingAbi}__ and `functionName` set to `"withdrawEscrows"`
 */
export const useWritePlcrVotingWithdrawEscrows =
  /*#__PURE__*/ createUseWriteContract({
    abi: plcrVotingAbi,
    functionName: 'withdrawEscrows',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link plcrVotingAbi}__
 */
export const useSimulatePlcrVoting = /*#__PURE__*/ createUseSimulateContract({
  abi: plcrVotingAbi,
})

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link plcrVotingAbi}__ and `functionName` set to `"commitVote"`
 */
export const useSimulatePlcrVotingCommitVote =
  /*#__PURE__*/ createUseSimulateContract({
    abi: plcrVotingAbi,
    functionName: 'commitVote',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link plcrVotingAbi}__ and `functionName` set to `"openPolls"`
 */
export const useSimulatePlcrVotingOpenPolls =
  /*#__PURE__*/ createUseSimulateContract({
    abi: plcrVotingAbi,
    functionName: 'openPolls',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link plcrVotingAbi}__ and `functionName` set to `"revealVote"`
 */
export const useSimulatePlcrVotingRevealVote =
  /*#__PURE__*/ createUseSimulateContract({
    abi: plcrVotingAbi,
    functionName: 'revealVote',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link plcrVotingAbi}__ and `functionName` set to `"withdrawEscrow"`
 */
export const useSimulatePlcrVotingWithdrawEscrow =
  /*#__PURE__*/ createUseSimulateContract({
    abi: plcrVotingAbi,
    functionName: 'withdrawEscrow',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link plcrVotingAbi}__ and `functionName` set to `"withdrawEscrows"`
 */
export const useSimulatePlcrVotingWithdrawEscrows =
  /*#__PURE__*/ createUseSimulateContract({
    abi: plcrVotingAbi,
    functionName: 'withdrawEscrows',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link plcrVotingAbi}__
 */
export const useWatchPlcrVotingEvent =
  /*#__PURE__*/ createUseWatchContractEvent({ abi: plcrVotingAbi })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link plcrVotingAbi}__ and `eventName` set to `"EscrowWithdrawn"`
 */
export const useWatchPlcrVotingEscrowWithdrawnEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: plcrVotingAbi,
    eventName: 'EscrowWithdrawn',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link plcrVotingAbi}__ and `eventName` set to `"PollsOpened"`
 */
export const useWatchPlcrVotingPollsOpenedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: plcrVotingAbi,
    eventName: 'PollsOpened',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link plcrVotingAbi}__ and `eventName` set to `"VoteCommitted"`
 */
export const useWatchPlcrVotingVoteCommittedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: plcrVotingAbi,
    eventName: 'VoteCommitted',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link plcrVotingAbi}__ and `eventName` set to `"VoteRevealed"`
 */
export const useWatchPlcrVotingVoteRevealedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: plcrVotingAbi,
    eventName: 'VoteRevealed',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link projectRegistryAbi}__
 */
export const useReadProjectRegistry = /*#__PURE__*/ createUseReadContract({
  abi: projectRegistryAbi,
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"MAX_BATCH"`
 */
export const useReadProjectRegistryMaxBatch =
  /*#__PURE__*/ createUseReadContract({
    abi: projectRegistryAbi,
    functionName: 'MAX_BATCH',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"MAX_PAGE"`
 */
export const useReadProjectRegistryMaxPage =
  /*#__PURE__*/ createUseReadContract({
    abi: projectRegistryAbi,
    functionName: 'MAX_PAGE',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"MAX_SCAN"`
 */
export const useReadProjectRegistryMaxScan =
  /*#__PURE__*/ createUseReadContract({
    abi: projectRegistryAbi,
    functionName: 'MAX_SCAN',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"MAX_TASKS"`
 */
export const useReadProjectRegistryMaxTasks =
  /*#__PURE__*/ createUseReadContract({
    abi: projectRegistryAbi,
    functionName: 'MAX_TASKS',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"capitalToken"`
 */
export const useReadProjectRegistryCapitalToken =
  /*#__PURE__*/ createUseReadContract({
    abi: projectRegistryAbi,
    functionName: 'capitalToken',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"getProject"`
 */
export const useReadProjectRegistryGetProject =
  /*#__PURE__*/ createUseReadContract({
    abi: projectRegistryAbi,
    functionName: 'getProject',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"getProjectIdsByStage"`
 */
export const useReadProjectRegistryGetProjectIdsByStage =
  /*#__PURE__*/ createUseReadContract({
    abi: projectRegistryAbi,
    functionName: 'getProjectIdsByStage',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"getProjects"`
 */
export const useReadProjectRegistryGetProjects =
  /*#__PURE__*/ createUseReadContract({
    abi: projectRegistryAbi,
    functionName: 'getProjects',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"getStake"`
 */
export const useReadProjectRegistryGetStake =
  /*#__PURE__*/ createUseReadContract({
    abi: projectRegistryAbi,
    functionName: 'getStake',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"getTask"`
 */
export const useReadProjectRegistryGetTask =
  /*#__PURE__*/ createUseReadContract({
    abi: projectRegistryAbi,
    functionName: 'getTask',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"getTaskList"`
 */
export const useReadProjectRegistryGetTaskList =
  /*#__PURE__*/ createUseReadContract({
    abi: projectRegistryAbi,
    functionName: 'getTaskList',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"getTaskLists"`
 */
export const useReadProjectRegistryGetTaskLists =
  /*#__PURE__*/ createUseReadContract({
    abi: projectRegistryAbi,
    functionName: 'getTaskLists',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"parameters"`
 */
export const useReadProjectRegistryParameters =
  /*#__PURE__*/ createUseReadContract({
    abi: projectRegistryAbi,
    functionName: 'parameters',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"projectCount"`
 */
export const useReadProjectRegistryProjectCount =
  /*#__PURE__*/ createUseReadContract({
    abi: projectRegistryAbi,
    functionName: 'projectCount',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"reputationRegistry"`
 */
export const useReadProjectRegistryReputationRegistry =
  /*#__PURE__*/ createUseReadContract({
    abi: projectRegistryAbi,
    functionName: 'reputationRegistry',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"taskRegistry"`
 */
export const useReadProjectRegistryTaskRegistry =
  /*#__PURE__*/ createUseReadContract({
    abi: projectRegistryAbi,
    functionName: 'taskRegistry',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link projectRegistryAbi}__
 */
export const useWriteProjectRegistry = /*#__PURE__*/ createUseWriteContract({
  abi: projectRegistryAbi,
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"advance"`
 */
export const useWriteProjectRegistryAdvance =
  /*#__PURE__*/ createUseWriteContract({
    abi: projectRegistryAbi,
    functionName: 'advance',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"backTaskList"`
 */
export const useWriteProjectRegistryBackTaskList =
  /*#__PURE__*/ createUseWriteContract({
    abi: projectRegistryAbi,
    functionName: 'backTaskList',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"cancel"`
 */
export const useWriteProjectRegistryCancel =
  /*#__PURE__*/ createUseWriteContract({
    abi: projectRegistryAbi,
    functionName: 'cancel',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"expire"`
 */
export const useWriteProjectRegistryExpire =
  /*#__PURE__*/ createUseWriteContract({
    abi: projectRegistryAbi,
    functionName: 'expire',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"propose"`
 */
export const useWriteProjectRegistryPropose =
  /*#__PURE__*/ createUseWriteContract({
    abi: projectRegistryAbi,
    functionName: 'propose',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"protocolSetStage"`
 */
export const useWriteProjectRegistryProtocolSetStage =
  /*#__PURE__*/ createUseWriteContract({
    abi: projectRegistryAbi,
    functionName: 'protocolSetStage',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"stakeReputation"`
 */
export const useWriteProjectRegistryStakeReputation =
  /*#__PURE__*/ createUseWriteContract({
    abi: projectRegistryAbi,
    functionName: 'stakeReputation',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"stakeTokens"`
 */
export const useWriteProjectRegistryStakeTokens =
  /*#__PURE__*/ createUseWriteContract({
    abi: projectRegistryAbi,
    functionName: 'stakeTokens',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"submitTaskList"`
 */
export const useWriteProjectRegistrySubmitTaskList =
  /*#__PURE__*/ createUseWriteContract({
    abi: projectRegistryAbi,
    functionName: 'submitTaskList',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"unstakeReputation"`
 */
export const useWriteProjectRegistryUnstakeReputation =
  /*#__PURE__*/ createUseWriteContract({
    abi: projectRegistryAbi,
    functionName: 'unstakeReputation',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"unstakeTokens"`
 */
export const useWriteProjectRegistryUnstakeTokens =
  /*#__PURE__*/ createUseWriteContract({
    abi: projectRegistryAbi,
    functionName: 'unstakeTokens',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"withdrawStake"`
 */
export const useWriteProjectRegistryWithdrawStake =
  /*#__PURE__*/ createUseWriteContract({
    abi: projectRegistryAbi,
    functionName: 'withdrawStake',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"withdrawStakes"`
 */
export const useWriteProjectRegistryWithdrawStakes =
  /*#__PURE__*/ createUseWriteContract({
    abi: projectRegistryAbi,
    functionName: 'withdrawStakes',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link projectRegistryAbi}__
 */
export const useSimulateProjectRegistry =
  /*#__PURE__*/ createUseSimulateContract({ abi: projectRegistryAbi })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"advance"`
 */
export const useSimulateProjectRegistryAdvance =
  /*#__PURE__*/ createUseSimulateContract({
    abi: projectRegistryAbi,
    functionName: 'advance',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"backTaskList"`
 */
export const useSimulateProjectRegistryBackTaskList =
  /*#__PURE__*/ createUseSimulateContract({
    abi: projectRegistryAbi,
    functionName: 'backTaskList',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"cancel"`
 */
export const useSimulateProjectRegistryCancel =
  /*#__PURE__*/ createUseSimulateContract({
    abi: projectRegistryAbi,
    functionName: 'cancel',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"expire"`
 */
export const useSimulateProjectRegistryExpire =
  /*#__PURE__*/ createUseSimulateContract({
    abi: projectRegistryAbi,
    functionName: 'expire',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"propose"`
 */
export const useSimulateProjectRegistryPropose =
  /*#__PURE__*/ createUseSimulateContract({
    abi: projectRegistryAbi,
    functionName: 'propose',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"protocolSetStage"`
 */
export const useSimulateProjectRegistryProtocolSetStage =
  /*#__PURE__*/ createUseSimulateContract({
    abi: projectRegistryAbi,
    functionName: 'protocolSetStage',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"stakeReputation"`
 */
export const useSimulateProjectRegistryStakeReputation =
  /*#__PURE__*/ createUseSimulateContract({
    abi: projectRegistryAbi,
    functionName: 'stakeReputation',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"stakeTokens"`
 */
export const useSimulateProjectRegistryStakeTokens =
  /*#__PURE__*/ createUseSimulateContract({
    abi: projectRegistryAbi,
    functionName: 'stakeTokens',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"submitTaskList"`
 */
export const useSimulateProjectRegistrySubmitTaskList =
  /*#__PURE__*/ createUseSimulateContract({
    abi: projectRegistryAbi,
    functionName: 'submitTaskList',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"unstakeReputation"`
 */
export const useSimulateProjectRegistryUnstakeReputation =
  /*#__PURE__*/ createUseSimulateContract({
    abi: projectRegistryAbi,
    functionName: 'unstakeReputation',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"unstakeTokens"`
 */
export const useSimulateProjectRegistryUnstakeTokens =
  /*#__PURE__*/ createUseSimulateContract({
    abi: projectRegistryAbi,
    functionName: 'unstakeTokens',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"withdrawStake"`
 */
export const useSimulateProjectRegistryWithdrawStake =
  /*#__PURE__*/ createUseSimulateContract({
    abi: projectRegistryAbi,
    functionName: 'withdrawStake',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link projectRegistryAbi}__ and `functionName` set to `"withdrawStakes"`
 */
export const useSimulateProjectRegistryWithdrawStakes =
  /*#__PURE__*/ createUseSimulateContract({
    abi: projectRegistryAbi,
    functionName: 'withdrawStakes',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link projectRegistryAbi}__
 */
export const useWatchProjectRegistryEvent =
  /*#__PURE__*/ createUseWatchContractEvent({ abi: projectRegistryAbi })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link projectRegistryAbi}__ and `eventName` set to `"CollateralSettled"`
 */
export const useWatchProjectRegistryCollateralSettledEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: projectRegistryAbi,
    eventName: 'CollateralSettled',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link projectRegistryAbi}__ and `eventName` set to `"LeadingListChanged"`
 */
export const useWatchProjectRegistryLeadingListChangedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: projectRegistryAbi,
    eventName: 'LeadingListChanged',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link projectRegistryAbi}__ and `eventName` set to `"PoolShortAtFullStake"`
 */
export const useWatchProjectRegistryPoolShortAtFullStakeEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: projectRegistryAbi,
    eventName: 'PoolShortAtFullStake',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link projectRegistryAbi}__ and `eventName` set to `"ProjectProposed"`
 */
export const useWatchProjectRegistryProjectProposedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: projectRegistryAbi,
    eventName: 'ProjectProposed',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link projectRegistryAbi}__ and `eventName` set to `"ReputationStaked"`
 */
export const useWatchProjectRegistryReputationStakedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: projectRegistryAbi,
    eventName: 'ReputationStaked',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link projectRegistryAbi}__ and `eventName` set to `"ReputationUnstaked"`
 */
export const useWatchProjectRegistryReputationUnstakedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: projectRegistryAbi,
    eventName: 'ReputationUnstaked',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link projectRegistryAbi}__ and `eventName` set to `"StageChanged"`
 */
export const useWatchProjectRegistryStageChangedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: projectRegistryAbi,
    eventName: 'StageChanged',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link projectRegistryAbi}__ and `eventName` set to `"StakeWithdrawn"`
 */
export const useWatchProjectRegistryStakeWithdrawnEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: projectRegistryAbi,
    eventName: 'StakeWithdrawn',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link projectRegistryAbi}__ and `eventName` set to `"StakerRewardRemainderReturned"`
 */
export const useWatchProjectRegistryStakerRewardRemainderReturnedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: projectRegistryAbi,
    eventName: 'StakerRewardRemainderReturned',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link projectRegistryAbi}__ and `eventName` set to `"TaskListBacked"`
 */
export const useWatchProjectRegistryTaskListBackedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: projectRegistryAbi,
    eventName: 'TaskListBacked',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link projectRegistryAbi}__ and `eventName` set to `"TaskListSubmitted"`
 */
export const useWatchProjectRegistryTaskListSubmittedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: projectRegistryAbi,
    eventName: 'TaskListSubmitted',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link projectRegistryAbi}__ and `eventName` set to `"TokensStaked"`
 */
export const useWatchProjectRegistryTokensStakedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: projectRegistryAbi,
    eventName: 'TokensStaked',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link projectRegistryAbi}__ and `eventName` set to `"TokensUnstaked"`
 */
export const useWatchProjectRegistryTokensUnstakedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: projectRegistryAbi,
    eventName: 'TokensUnstaked',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link reputationRegistryAbi}__
 */
export const useReadReputationRegistry = /*#__PURE__*/ createUseReadContract({
  abi: reputationRegistryAbi,
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"ATTESTATION_TYPEHASH"`
 */
export const useReadReputationRegistryAttestationTypehash =
  /*#__PURE__*/ createUseReadContract({
    abi: reputationRegistryAbi,
    functionName: 'ATTESTATION_TYPEHASH',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"ATTESTER_MANAGER_ROLE"`
 */
export const useReadReputationRegistryAttesterManagerRole =
  /*#__PURE__*/ createUseReadContract({
    abi: reputationRegistryAbi,
    functionName: 'ATTESTER_MANAGER_ROLE',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"DEFAULT_ADMIN_ROLE"`
 */
export const useReadReputationRegistryDefaultAdminRole =
  /*#__PURE__*/ createUseReadContract({
    abi: reputationRegistryAbi,
    functionName: 'DEFAULT_ADMIN_ROLE',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"PARAMETER_MANAGER_ROLE"`
 */
export const useReadReputationRegistryParameterManagerRole =
  /*#__PURE__*/ createUseReadContract({
    abi: reputationRegistryAbi,
    functionName: 'PARAMETER_MANAGER_ROLE',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"accountOf"`
 */
export const useReadReputationRegistryAccountOf =
  /*#__PURE__*/ createUseReadContract({
    abi: reputationRegistryAbi,
    functionName: 'accountOf',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"attestationDigest"`
 */
export const useReadReputationRegistryAttestationDigest =
  /*#__PURE__*/ createUseReadContract({
    abi: reputationRegistryAbi,
    functionName: 'attestationDigest',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"balanceOf"`
 */
export const useReadReputationRegistryBalanceOf =
  /*#__PURE__*/ createUseReadContract({
    abi: reputationRegistryAbi,
    functionName: 'balanceOf',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"decimals"`
 */
export const useReadReputationRegistryDecimals =
  /*#__PURE__*/ createUseReadContract({
    abi: reputationRegistryAbi,
    functionName: 'decimals',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"eip712Domain"`
 */
export const useReadReputationRegistryEip712Domain =
  /*#__PURE__*/ createUseReadContract({
    abi: reputationRegistryAbi,
    functionName: 'eip712Domain',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"firstReputation"`
 */
export const useReadReputationRegistryFirstReputation =
  /*#__PURE__*/ createUseReadContract({
    abi: reputationRegistryAbi,
    functionName: 'firstReputation',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"getRoleAdmin"`
 */
export const useReadReputationRegistryGetRoleAdmin =
  /*#__PURE__*/ createUseReadContract({
    abi: reputationRegistryAbi,
    functionName: 'getRoleAdmin',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"hasRole"`
 */
export const useReadReputationRegistryHasRole =
  /*#__PURE__*/ createUseReadContract({
    abi: reputationRegistryAbi,
    functionName: 'hasRole',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"isAttester"`
 */
export const useReadReputationRegistryIsAttester =
  /*#__PURE__*/ createUseReadContract({
    abi: reputationRegistryAbi,
    functionName: 'isAttester',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"isRegistered"`
 */
export const useReadReputationRegistryIsRegistered =
  /*#__PURE__*/ createUseReadContract({
    abi: reputationRegistryAbi,
    functionName: 'isRegistered',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"lockedBy"`
 */
export const useReadReputationRegistryLockedBy =
  /*#__PURE__*/ createUseReadContract({
    abi: reputationRegistryAbi,
    functionName: 'lockedBy',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"name"`
 */
export const useReadReputationRegistryName =
  /*#__PURE__*/ createUseReadContract({
    abi: reputationRegistryAbi,
    functionName: 'name',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"protocolContracts"`
 */
export const useReadReputationRegistryProtocolContracts =
  /*#__PURE__*/ createUseReadContract({
    abi: reputationRegistryAbi,
    functionName: 'protocolContracts',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"supportsInterface"`
 */
export const useReadReputationRegistrySupportsInterface =
  /*#__PURE__*/ createUseReadContract({
    abi: reputationRegistryAbi,
    functionName: 'supportsInterface',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"symbol"`
 */
export const useReadReputationRegistrySymbol =
  /*#__PURE__*/ createUseReadContract({
    abi: reputationRegistryAbi,
    functionName: 'symbol',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"totalSupply"`
 */
export const useReadReputationRegistryTotalSupply =
  /*#__PURE__*/ createUseReadContract({
    abi: reputationRegistryAbi,
    functionName: 'totalSupply',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link reputationRegistryAbi}__
 */
export const useWriteReputationRegistry = /*#__PURE__*/ createUseWriteContract({
  abi: reputationRegistryAbi,
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"burnLocked"`
 */
export const useWriteReputationRegistryBurnLocked =
  /*#__PURE__*/ createUseWriteContract({
    abi: reputationRegistryAbi,
    functionName: 'burnLocked',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"grantRole"`
 */
export const useWriteReputationRegistryGrantRole =
  /*#__PURE__*/ createUseWriteContract({
    abi: reputationRegistryAbi,
    functionName: 'grantRole',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"lock"`
 */
export const useWriteReputationRegistryLock =
  /*#__PURE__*/ createUseWriteContract({
    abi: reputationRegistryAbi,
    functionName: 'lock',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"mint"`
 */
export const useWriteReputationRegistryMint =
  /*#__PURE__*/ createUseWriteContract({
    abi: reputationRegistryAbi,
    functionName: 'mint',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"register"`
 */
export const useWriteReputationRegistryRegister =
  /*#__PURE__*/ createUseWriteContract({
    abi: reputationRegistryAbi,
    functionName: 'register',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"renounceRole"`
 */
export const useWriteReputationRegistryRenounceRole =
  /*#__PURE__*/ createUseWriteContract({
    abi: reputationRegistryAbi,
    functionName: 'renounceRole',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"revokeRole"`
 */
export const useWriteReputationRegistryRevokeRole =
  /*#__PURE__*/ createUseWriteContract({
    abi: reputationRegistryAbi,
    functionName: 'revokeRole',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"setAttester"`
 */
export const useWriteReputationRegistrySetAttester =
  /*#__PURE__*/ createUseWriteContract({
    abi: reputationRegistryAbi,
    functionName: 'setAttester',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"setFirstReputation"`
 */
export const useWriteReputationRegistrySetFirstReputation =
  /*#__PURE__*/ createUseWriteContract({
    abi: reputationRegistryAbi,
    functionName: 'setFirstReputation',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"unlock"`
 */
export const useWriteReputationRegistryUnlock =
  /*#__PURE__*/ createUseWriteContract({
    abi: reputationRegistryAbi,
    functionName: 'unlock',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link reputationRegistryAbi}__
 */
export const useSimulateReputationRegistry =
  /*#__PURE__*/ createUseSimulateContract({ abi: reputationRegistryAbi })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"burnLocked"`
 */
export const useSimulateReputationRegistryBurnLocked =
  /*#__PURE__*/ createUseSimulateContract({
    abi: reputationRegistryAbi,
    functionName: 'burnLocked',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"grantRole"`
 */
export const useSimulateReputationRegistryGrantRole =
  /*#__PURE__*/ createUseSimulateContract({
    abi: reputationRegistryAbi,
    functionName: 'grantRole',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"lock"`
 */
export const useSimulateReputationRegistryLock =
  /*#__PURE__*/ createUseSimulateContract({
    abi: reputationRegistryAbi,
    functionName: 'lock',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"mint"`
 */
export const useSimulateReputationRegistryMint =
  /*#__PURE__*/ createUseSimulateContract({
    abi: reputationRegistryAbi,
    functionName: 'mint',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"register"`
 */
export const useSimulateReputationRegistryRegister =
  /*#__PURE__*/ createUseSimulateContract({
    abi: reputationRegistryAbi,
    functionName: 'register',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"renounceRole"`
 */
export const useSimulateReputationRegistryRenounceRole =
  /*#__PURE__*/ createUseSimulateContract({
    abi: reputationRegistryAbi,
    functionName: 'renounceRole',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"revokeRole"`
 */
export const useSimulateReputationRegistryRevokeRole =
  /*#__PURE__*/ createUseSimulateContract({
    abi: reputationRegistryAbi,
    functionName: 'revokeRole',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"setAttester"`
 */
export const useSimulateReputationRegistrySetAttester =
  /*#__PURE__*/ createUseSimulateContract({
    abi: reputationRegistryAbi,
    functionName: 'setAttester',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"setFirstReputation"`
 */
export const useSimulateReputationRegistrySetFirstReputation =
  /*#__PURE__*/ createUseSimulateContract({
    abi: reputationRegistryAbi,
    functionName: 'setFirstReputation',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link reputationRegistryAbi}__ and `functionName` set to `"unlock"`
 */
export const useSimulateReputationRegistryUnlock =
  /*#__PURE__*/ createUseSimulateContract({
    abi: reputationRegistryAbi,
    functionName: 'unlock',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link reputationRegistryAbi}__
 */
export const useWatchReputationRegistryEvent =
  /*#__PURE__*/ createUseWatchContractEvent({ abi: reputationRegistryAbi })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link reputationRegistryAbi}__ and `eventName` set to `"AttesterSet"`
 */
export const useWatchReputationRegistryAttesterSetEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: reputationRegistryAbi,
    eventName: 'AttesterSet',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link reputationRegistryAbi}__ and `eventName` set to `"EIP712DomainChanged"`
 */
export const useWatchReputationRegistryEip712DomainChangedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: reputationRegistryAbi,
    eventName: 'EIP712DomainChanged',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link reputationRegistryAbi}__ and `eventName` set to `"FirstReputationSet"`
 */
export const useWatchReputationRegistryFirstReputationSetEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: reputationRegistryAbi,
    eventName: 'FirstReputationSet',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link reputationRegistryAbi}__ and `eventName` set to `"Registered"`
 */
export const useWatchReputationRegistryRegisteredEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: reputationRegistryAbi,
    eventName: 'Registered',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link reputationRegistryAbi}__ and `eventName` set to `"ReputationBurned"`
 */
export const useWatchReputationRegistryReputationBurnedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: reputationRegistryAbi,
    eventName: 'ReputationBurned',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link reputationRegistryAbi}__ and `eventName` set to `"ReputationLocked"`
 */
export const useWatchReputationRegistryReputationLockedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: reputationRegistryAbi,
    eventName: 'ReputationLocked',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link reputationRegistryAbi}__ and `eventName` set to `"ReputationMinted"`
 */
export const useWatchReputationRegistryReputationMintedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: reputationRegistryAbi,
    eventName: 'ReputationMinted',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link reputationRegistryAbi}__ and `eventName` set to `"ReputationUnlocked"`
 */
export const useWatchReputationRegistryReputationUnlockedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: reputationRegistryAbi,
    eventName: 'ReputationUnlocked',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link reputationRegistryAbi}__ and `eventName` set to `"RoleAdminChanged"`
 */
export const useWatchReputationRegistryRoleAdminChangedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: reputationRegistryAbi,
    eventName: 'RoleAdminChanged',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link reputationRegistryAbi}__ and `eventName` set to `"RoleGranted"`
 */
export const useWatchReputationRegistryRoleGrantedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: reputationRegistryAbi,
    eventName: 'RoleGranted',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link reputationRegistryAbi}__ and `eventName` set to `"RoleRevoked"`
 */
export const useWatchReputationRegistryRoleRevokedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: reputationRegistryAbi,
    eventName: 'RoleRevoked',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link taskRegistryAbi}__
 */
export const useReadTaskRegistry = /*#__PURE__*/ createUseReadContract({
  abi: taskRegistryAbi,
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link taskRegistryAbi}__ and `functionName` set to `"MAX_BATCH"`
 */
export const useReadTaskRegistryMaxBatch = /*#__PURE__*/ createUseReadContract({
  abi: taskRegistryAbi,
  functionName: 'MAX_BATCH',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link taskRegistryAbi}__ and `functionName` set to `"getProjectTasks"`
 */
export const useReadTaskRegistryGetProjectTasks =
  /*#__PURE__*/ createUseReadContract({
    abi: taskRegistryAbi,
    functionName: 'getProjectTasks',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link taskRegistryAbi}__ and `functionName` set to `"getTask"`
 */
export const useReadTaskRegistryGetTask = /*#__PURE__*/ createUseReadContract({
  abi: taskRegistryAbi,
  functionName: 'getTask',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link taskRegistryAbi}__ and `functionName` set to `"getTasks"`
 */
export const useReadTaskRegistryGetTasks = /*#__PURE__*/ createUseReadContract({
  abi: taskRegistryAbi,
  functionName: 'getTasks',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link taskRegistryAbi}__ and `functionName` set to `"getValidator"`
 */
export const useReadTaskRegistryGetValidator =
  /*#__PURE__*/ createUseReadContract({
    abi: taskRegistryAbi,
    functionName: 'getValidator',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link taskRegistryAbi}__ and `functionName` set to `"isExcludedVoter"`
 */
export const useReadTaskRegistryIsExcludedVoter =
  /*#__PURE__*/ createUseReadContract({
    abi: taskRegistryAbi,
    functionName: 'isExcludedVoter',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link taskRegistryAbi}__ and `functionName` set to `"isSlashed"`
 */
export const useReadTaskRegistryIsSlashed = /*#__PURE__*/ createUseReadContract(
  { abi: taskRegistryAbi, functionName: 'isSlashed' },
)

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link taskRegistryAbi}__ and `functionName` set to `"minValidationStake"`
 */
export const useReadTaskRegistryMinValidationStake =
  /*#__PURE__*/ createUseReadContract({
    abi: taskRegistryAbi,
    functionName: 'minValidationStake',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link taskRegistryAbi}__ and `functionName` set to `"parameters"`
 */
export const useReadTaskRegistryParameters =
  /*#__PURE__*/ createUseReadContract({
    abi: taskRegistryAbi,
    functionName: 'parameters',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link taskRegistryAbi}__ and `functionName` set to `"pendingPayout"`
 */
export const useReadTaskRegistryPendingPayout =
  /*#__PURE__*/ createUseReadContract({
    abi: taskRegistryAbi,
    functionName: 'pendingPayout',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link taskRegistryAbi}__ and `functionName` set to `"taskIdOf"`
 */
export const useReadTaskRegistryTaskIdOf = /*#__PURE__*/ createUseReadContract({
  abi: taskRegistryAbi,
  functionName: 'taskIdOf',
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link taskRegistryAbi}__
 */
export const useWriteTaskRegistry = /*#__PURE__*/ createUseWriteContract({
  abi: taskRegistryAbi,
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link taskRegistryAbi}__ and `functionName` set to `"advance"`
 */
export const useWriteTaskRegistryAdvance = /*#__PURE__*/ createUseWriteContract(
  { abi: taskRegistryAbi, functionName: 'advance' },
)

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link taskRegistryAbi}__ and `functionName` set to `"claimTask"`
 */
export const useWriteTaskRegistryClaimTask =
  /*#__PURE__*/ createUseWriteContract({
    abi: taskRegistryAbi,
    functionName: 'claimTask',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link taskRegistryAbi}__ and `functionName` set to `"slashAndReopen"`
 */
export const useWriteTaskRegistrySlashAndReopen =
  /*#__PURE__*/ createUseWriteContract({
    abi: taskRegistryAbi,
    functionName: 'slashAndReopen',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link taskRegistryAbi}__ and `functionName` set to `"submitEvidence"`
 */
export const useWriteTaskRegistrySubmitEvidence =
  /*#__PURE__*/ createUseWriteContract({
    abi: taskRegistryAbi,
    functionName: 'submitEvidence',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link taskRegistryAbi}__ and `functionName` set to `"validate"`
 */
export const useWriteTaskRegistryValidate =
  /*#__PURE__*/ createUseWriteContract({
    abi: taskRegistryAbi,
    functionName: 'validate',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link taskRegistryAbi}__ and `functionName` set to `"withdrawPayout"`
 */
export const useWriteTaskRegistryWithdrawPayout =
  /*#__PURE__*/ createUseWriteContract({
    abi: taskRegistryAbi,
    functionName: 'withdrawPayout',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link taskRegistryAbi}__ and `functionName` set to `"withdrawPayouts"`
 */
export const useWriteTaskRegistryWithdrawPayouts =
  /*#__PURE__*/ createUseWriteContract({
    abi: taskRegistryAbi,
    functionName: 'withdrawPayouts',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link taskRegistryAbi}__
 */
export const useSimulateTaskRegistry = /*#__PURE__*/ createUseSimulateContract({
  abi: taskRegistryAbi,
})

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link taskRegistryAbi}__ and `functionName` set to `"advance"`
 */
export const useSimulateTaskRegistryAdvance =
  /*#__PURE__*/ createUseSimulateContract({
    abi: taskRegistryAbi,
    functionName: 'advance',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link taskRegistryAbi}__ and `functionName` set to `"claimTask"`
 */
export const useSimulateTaskRegistryClaimTask =
  /*#__PURE__*/ createUseSimulateContract({
    abi: taskRegistryAbi,
    functionName: 'claimTask',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link taskRegistryAbi}__ and `functionName` set to `"slashAndReopen"`
 */
export const useSimulateTaskRegistrySlashAndReopen =
  /*#__PURE__*/ createUseSimulateContract({
    abi: taskRegistryAbi,
    functionName: 'slashAndReopen',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link taskRegistryAbi}__ and `functionName` set to `"submitEvidence"`
 */
export const useSimulateTaskRegistrySubmitEvidence =
  /*#__PURE__*/ createUseSimulateContract({
    abi: taskRegistryAbi,
    functionName: 'submitEvidence',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link taskRegistryAbi}__ and `functionName` set to `"validate"`
 */
export const useSimulateTaskRegistryValidate =
  /*#__PURE__*/ createUseSimulateContract({
    abi: taskRegistryAbi,
    functionName: 'validate',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link taskRegistryAbi}__ and `functionName` set to `"withdrawPayout"`
 */
export const useSimulateTaskRegistryWithdrawPayout =
  /*#__PURE__*/ createUseSimulateContract({
    abi: taskRegistryAbi,
    functionName: 'withdrawPayout',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link taskRegistryAbi}__ and `functionName` set to `"withdrawPayouts"`
 */
export const useSimulateTaskRegistryWithdrawPayouts =
  /*#__PURE__*/ createUseSimulateContract({
    abi: taskRegistryAbi,
    functionName: 'withdrawPayouts',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link taskRegistryAbi}__
 */
export const useWatchTaskRegistryEvent =
  /*#__PURE__*/ createUseWatchContractEvent({ abi: taskRegistryAbi })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link taskRegistryAbi}__ and `eventName` set to `"ClaimerPaid"`
 */
export const useWatchTaskRegistryClaimerPaidEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: taskRegistryAbi,
    eventName: 'ClaimerPaid',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link taskRegistryAbi}__ and `eventName` set to `"EvidenceSubmitted"`
 */
export const useWatchTaskRegistryEvidenceSubmittedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: taskRegistryAbi,
    eventName: 'EvidenceSubmitted',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link taskRegistryAbi}__ and `eventName` set to `"ProjectSettled"`
 */
export const useWatchTaskRegistryProjectSettledEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: taskRegistryAbi,
    eventName: 'ProjectSettled',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link taskRegistryAbi}__ and `eventName` set to `"TaskClaimed"`
 */
export const useWatchTaskRegistryTaskClaimedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: taskRegistryAbi,
    eventName: 'TaskClaimed',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link taskRegistryAbi}__ and `eventName` set to `"TaskSlashed"`
 */
export const useWatchTaskRegistryTaskSlashedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: taskRegistryAbi,
    eventName: 'TaskSlashed',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link taskRegistryAbi}__ and `eventName` set to `"TaskValidated"`
 */
export const useWatchTaskRegistryTaskValidatedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: taskRegistryAbi,
    eventName: 'TaskValidated',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link taskRegistryAbi}__ and `eventName` set to `"TasksActivated"`
 */
export const useWatchTaskRegistryTasksActivatedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: taskRegistryAbi,
    eventName: 'TasksActivated',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link taskRegistryAbi}__ and `eventName` set to `"ValidationStarted"`
 */
export const useWatchTaskRegistryValidationStartedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: taskRegistryAbi,
    eventName: 'ValidationStarted',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link taskRegistryAbi}__ and `eventName` set to `"ValidatorPaid"`
 */
export const useWatchTaskRegistryValidatorPaidEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: taskRegistryAbi,
    eventName: 'ValidatorPaid',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link taskRegistryAbi}__ and `eventName` set to `"VotingStarted"`
 */
export const useWatchTaskRegistryVotingStartedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: taskRegistryAbi,
    eventName: 'VotingStarted',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockControllerAbi}__
 */
export const useReadTimelockController = /*#__PURE__*/ createUseReadContract({
  abi: timelockControllerAbi,
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"CANCELLER_ROLE"`
 */
export const useReadTimelockControllerCancellerRole =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockControllerAbi,
    functionName: 'CANCELLER_ROLE',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"DEFAULT_ADMIN_ROLE"`
 */
export const useReadTimelockControllerDefaultAdminRole =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockControllerAbi,
    functionName: 'DEFAULT_ADMIN_ROLE',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"EXECUTOR_ROLE"`
 */
export const useReadTimelockControllerExecutorRole =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockControllerAbi,
    functionName: 'EXECUTOR_ROLE',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"PROPOSER_ROLE"`
 */
export const useReadTimelockControllerProposerRole =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockControllerAbi,
    functionName: 'PROPOSER_ROLE',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"getMinDelay"`
 */
export const useReadTimelockControllerGetMinDelay =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockControllerAbi,
    functionName: 'getMinDelay',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"getOperationState"`
 */
export const useReadTimelockControllerGetOperationState =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockControllerAbi,
    functionName: 'getOperationState',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"getRoleAdmin"`
 */
export const useReadTimelockControllerGetRoleAdmin =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockControllerAbi,
    functionName: 'getRoleAdmin',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"getTimestamp"`
 */
export const useReadTimelockControllerGetTimestamp =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockControllerAbi,
    functionName: 'getTimestamp',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"hasRole"`
 */
export const useReadTimelockControllerHasRole =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockControllerAbi,
    functionName: 'hasRole',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"hashOperation"`
 */
export const useReadTimelockControllerHashOperation =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockControllerAbi,
    functionName: 'hashOperation',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"hashOperationBatch"`
 */
export const useReadTimelockControllerHashOperationBatch =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockControllerAbi,
    functionName: 'hashOperationBatch',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"isOperation"`
 */
export const useReadTimelockControllerIsOperation =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockControllerAbi,
    functionName: 'isOperation',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"isOperationDone"`
 */
export const useReadTimelockControllerIsOperationDone =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockControllerAbi,
    functionName: 'isOperationDone',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"isOperationPending"`
 */
export const useReadTimelockControllerIsOperationPending =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockControllerAbi,
    functionName: 'isOperationPending',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"isOperationReady"`
 */
export const useReadTimelockControllerIsOperationReady =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockControllerAbi,
    functionName: 'isOperationReady',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"supportsInterface"`
 */
export const useReadTimelockControllerSupportsInterface =
  /*#__PURE__*/ createUseReadContract({
    abi: timelockControllerAbi,
    functionName: 'supportsInterface',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link timelockControllerAbi}__
 */
export const useWriteTimelockController = /*#__PURE__*/ createUseWriteContract({
  abi: timelockControllerAbi,
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"cancel"`
 */
export const useWriteTimelockControllerCancel =
  /*#__PURE__*/ createUseWriteContract({
    abi: timelockControllerAbi,
    functionName: 'cancel',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"execute"`
 */
export const useWriteTimelockControllerExecute =
  /*#__PURE__*/ createUseWriteContract({
    abi: timelockControllerAbi,
    functionName: 'execute',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"executeBatch"`
 */
export const useWriteTimelockControllerExecuteBatch =
  /*#__PURE__*/ createUseWriteContract({
    abi: timelockControllerAbi,
    functionName: 'executeBatch',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"grantRole"`
 */
export const useWriteTimelockControllerGrantRole =
  /*#__PURE__*/ createUseWriteContract({
    abi: timelockControllerAbi,
    functionName: 'grantRole',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"onERC1155BatchReceived"`
 */
export const useWriteTimelockControllerOnErc1155BatchReceived =
  /*#__PURE__*/ createUseWriteContract({
    abi: timelockControllerAbi,
    functionName: 'onERC1155BatchReceived',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"onERC1155Received"`
 */
export const useWriteTimelockControllerOnErc1155Received =
  /*#__PURE__*/ createUseWriteContract({
    abi: timelockControllerAbi,
    functionName: 'onERC1155Received',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"onERC721Received"`
 */
export const useWriteTimelockControllerOnErc721Received =
  /*#__PURE__*/ createUseWriteContract({
    abi: timelockControllerAbi,
    functionName: 'onERC721Received',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"renounceRole"`
 */
export const useWriteTimelockControllerRenounceRole =
  /*#__PURE__*/ createUseWriteContract({
    abi: timelockControllerAbi,
    functionName: 'renounceRole',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"revokeRole"`
 */
export const useWriteTimelockControllerRevokeRole =
  /*#__PURE__*/ createUseWriteContract({
    abi: timelockControllerAbi,
    functionName: 'revokeRole',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"schedule"`
 */
export const useWriteTimelockControllerSchedule =
  /*#__PURE__*/ createUseWriteContract({
    abi: timelockControllerAbi,
    functionName: 'schedule',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"scheduleBatch"`
 */
export const useWriteTimelockControllerScheduleBatch =
  /*#__PURE__*/ createUseWriteContract({
    abi: timelockControllerAbi,
    functionName: 'scheduleBatch',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"updateDelay"`
 */
export const useWriteTimelockControllerUpdateDelay =
  /*#__PURE__*/ createUseWriteContract({
    abi: timelockControllerAbi,
    functionName: 'updateDelay',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link timelockControllerAbi}__
 */
export const useSimulateTimelockController =
  /*#__PURE__*/ createUseSimulateContract({ abi: timelockControllerAbi })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"cancel"`
 */
export const useSimulateTimelockControllerCancel =
  /*#__PURE__*/ createUseSimulateContract({
    abi: timelockControllerAbi,
    functionName: 'cancel',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"execute"`
 */
export const useSimulateTimelockControllerExecute =
  /*#__PURE__*/ createUseSimulateContract({
    abi: timelockControllerAbi,
    functionName: 'execute',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"executeBatch"`
 */
export const useSimulateTimelockControllerExecuteBatch =
  /*#__PURE__*/ createUseSimulateContract({
    abi: timelockControllerAbi,
    functionName: 'executeBatch',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"grantRole"`
 */
export const useSimulateTimelockControllerGrantRole =
  /*#__PURE__*/ createUseSimulateContract({
    abi: timelockControllerAbi,
    functionName: 'grantRole',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"onERC1155BatchReceived"`
 */
export const useSimulateTimelockControllerOnErc1155BatchReceived =
  /*#__PURE__*/ createUseSimulateContract({
    abi: timelockControllerAbi,
    functionName: 'onERC1155BatchReceived',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"onERC1155Received"`
 */
export const useSimulateTimelockControllerOnErc1155Received =
  /*#__PURE__*/ createUseSimulateContract({
    abi: timelockControllerAbi,
    functionName: 'onERC1155Received',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"onERC721Received"`
 */
export const useSimulateTimelockControllerOnErc721Received =
  /*#__PURE__*/ createUseSimulateContract({
    abi: timelockControllerAbi,
    functionName: 'onERC721Received',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"renounceRole"`
 */
export const useSimulateTimelockControllerRenounceRole =
  /*#__PURE__*/ createUseSimulateContract({
    abi: timelockControllerAbi,
    functionName: 'renounceRole',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"revokeRole"`
 */
export const useSimulateTimelockControllerRevokeRole =
  /*#__PURE__*/ createUseSimulateContract({
    abi: timelockControllerAbi,
    functionName: 'revokeRole',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"schedule"`
 */
export const useSimulateTimelockControllerSchedule =
  /*#__PURE__*/ createUseSimulateContract({
    abi: timelockControllerAbi,
    functionName: 'schedule',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"scheduleBatch"`
 */
export const useSimulateTimelockControllerScheduleBatch =
  /*#__PURE__*/ createUseSimulateContract({
    abi: timelockControllerAbi,
    functionName: 'scheduleBatch',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link timelockControllerAbi}__ and `functionName` set to `"updateDelay"`
 */
export const useSimulateTimelockControllerUpdateDelay =
  /*#__PURE__*/ createUseSimulateContract({
    abi: timelockControllerAbi,
    functionName: 'updateDelay',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link timelockControllerAbi}__
 */
export const useWatchTimelockControllerEvent =
  /*#__PURE__*/ createUseWatchContractEvent({ abi: timelockControllerAbi })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link timelockControllerAbi}__ and `eventName` set to `"CallExecuted"`
 */
export const useWatchTimelockControllerCallExecutedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: timelockControllerAbi,
    eventName: 'CallExecuted',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link timelockControllerAbi}__ and `eventName` set to `"CallSalt"`
 */
export const useWatchTimelockControllerCallSaltEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: timelockControllerAbi,
    eventName: 'CallSalt',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link timelockControllerAbi}__ and `eventName` set to `"CallScheduled"`
 */
export const useWatchTimelockControllerCallScheduledEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: timelockControllerAbi,
    eventName: 'CallScheduled',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link timelockControllerAbi}__ and `eventName` set to `"Cancelled"`
 */
export const useWatchTimelockControllerCancelledEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: timelockControllerAbi,
    eventName: 'Cancelled',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link timelockControllerAbi}__ and `eventName` set to `"MinDelayChange"`
 */
export const useWatchTimelockControllerMinDelayChangeEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: timelockControllerAbi,
    eventName: 'MinDelayChange',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link timelockControllerAbi}__ and `eventName` set to `"RoleAdminChanged"`
 */
export const useWatchTimelockControllerRoleAdminChangedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: timelockControllerAbi,
    eventName: 'RoleAdminChanged',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link timelockControllerAbi}__ and `eventName` set to `"RoleGranted"`
 */
export const useWatchTimelockControllerRoleGrantedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: timelockControllerAbi,
    eventName: 'RoleGranted',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link timelockControllerAbi}__ and `eventName` set to `"RoleRevoked"`
 */
export const useWatchTimelockControllerRoleRevokedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: timelockControllerAbi,
    eventName: 'RoleRevoked',
  })
