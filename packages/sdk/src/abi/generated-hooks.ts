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
      {
        name: 'participants',
        internalType: 'contract IParticipantRegistry',
        type: 'address',
      },
      {
        name: 'table',
        internalType: 'contract ICompensationLedger',
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
    name: 'COMMON_POOL_CLAIM_PERIOD',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'HOLDING_PERIOD',
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
    name: 'cancelAuction',
    outputs: [],
    stateMutability: 'nonpayable',
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
    inputs: [{ name: 'auctionId', internalType: 'uint256', type: 'uint256' }],
    name: 'commonPool',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'compensationLedger',
    outputs: [
      {
        name: '',
        internalType: 'contract ICompensationLedger',
        type: 'address',
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'auctionId', internalType: 'uint256', type: 'uint256' },
      { name: 'bidder', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'cost',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'investmentId', internalType: 'uint256', type: 'uint256' },
      {
        name: 'token',
        internalType: 'contract IBandwidthToken',
        type: 'address',
      },
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
          { name: 'startsAt', internalType: 'uint32', type: 'uint32' },
          { name: 'endsAt', internalType: 'uint32', type: 'uint32' },
          { name: 'settled', internalType: 'bool', type: 'bool' },
          { name: 'cancelled', internalType: 'bool', type: 'bool' },
          { name: 'proceedsClaimed', internalType: 'bool', type: 'bool' },
          { name: 'operator', internalType: 'address', type: 'address' },
          { name: 'sptSupply', internalType: 'uint96', type: 'uint96' },
          { name: 'price', internalType: 'uint72', type: 'uint72' },
          { name: 'offered', internalType: 'uint96', type: 'uint96' },
          { name: 'commonPoolClaimed', internalType: 'uint88', type: 'uint88' },
          { name: 'sold', internalType: 'uint96', type: 'uint96' },
          { name: 'raised', internalType: 'uint104', type: 'uint104' },
          { name: 'investmentId', internalType: 'uint56', type: 'uint56' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'investmentId', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'getInvestment',
    outputs: [
      {
        name: '',
        internalType: 'struct IBandwidthAuction.Investment',
        type: 'tuple',
        components: [
          { name: 'operator', internalType: 'address', type: 'address' },
          { name: 'total', internalType: 'uint128', type: 'uint128' },
          { name: 'committed', internalType: 'uint128', type: 'uint128' },
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
    name: 'holdingOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'investmentCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
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
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'total', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'recordInvestment',
    outputs: [
      { name: 'investmentId', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'auctionId', internalType: 'uint256', type: 'uint256' }],
    name: 'settle',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'auctionId', internalType: 'uint256', type: 'uint256' }],
    name: 'sweepCommonPool',
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
    ],
    name: 'AuctionCancelled',
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
        name: 'investmentId',
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
      { name: 'to', internalType: 'address', type: 'address', indexed: true },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'CommonPoolSwept',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'investmentId',
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
        name: 'total',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'platform',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'InvestmentRecorded',
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
      { name: 'auctionId', internalType: 'uint256', type: 'uint256' },
      { name: 'closedAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AuctionCommonPoolClosed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'auctionId', internalType: 'uint256', type: 'uint256' },
      { name: 'closesAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AuctionCommonPoolStillOpen',
  },
  {
    type: 'error',
    inputs: [
      { name: 'deliveryEnd', internalType: 'uint256', type: 'uint256' },
      { name: 'endsAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AuctionDeliveryEndsTooSoon',
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
    inputs: [
      { name: 'investmentId', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AuctionInvestmentNotFound',
  },
  {
    type: 'error',
    inputs: [
      { name: 'auctionId', internalType: 'uint256', type: 'uint256' },
      { name: 'sold', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AuctionNotCancellable',
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
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'AuctionNotOnboardedOperator',
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
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'AuctionNotPlatform',
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
    inputs: [{ name: 'operator', internalType: 'address', type: 'address' }],
    name: 'AuctionOperatorInDebt',
  },
  {
    type: 'error',
    inputs: [
      { name: 'auctionId', internalType: 'uint256', type: 'uint256' },
      { name: 'operator', internalType: 'address', type: 'address' },
    ],
    name: 'AuctionOperatorOffboarded',
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
      { name: 'available', internalType: 'uint256', type: 'uint256' },
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
    inputs: [{ name: 'auctionId', internalType: 'uint256', type: 'uint256' }],
    name: 'AuctionWasCancelled',
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
    inputs: [],
    name: 'acceptOwnership',
    outputs: [],
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
    inputs: [],
    name: 'pendingOwner',
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
    name: 'OwnershipTransferStarted',
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
// Billing
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const billingAbi = [
  {
    type: 'constructor',
    inputs: [
      {
        name: 'participants',
        internalType: 'contract IParticipantRegistry',
        type: 'address',
      },
      {
        name: 'factory',
        internalType: 'contract IBandwidthTokenFactory',
        type: 'address',
      },
      {
        name: 'compensationLedger',
        internalType: 'contract ICompensationLedger',
        type: 'address',
      },
      {
        name: 'perCustomer',
        internalType: 'struct IBilling.Contributions',
        type: 'tuple',
        components: [
          { name: 'fibreDeployment', internalType: 'uint64', type: 'uint64' },
          { name: 'fibreMaintenance', internalType: 'uint64', type: 'uint64' },
          { name: 'wifiDeployment', internalType: 'uint64', type: 'uint64' },
          { name: 'wifiMaintenance', internalType: 'uint64', type: 'uint64' },
        ],
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_AMOUNT',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_CONTRIBUTION',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'contributions',
    outputs: [
      {
        name: '',
        internalType: 'struct IBilling.Contributions',
        type: 'tuple',
        components: [
          { name: 'fibreDeployment', internalType: 'uint64', type: 'uint64' },
          { name: 'fibreMaintenance', internalType: 'uint64', type: 'uint64' },
          { name: 'wifiDeployment', internalType: 'uint64', type: 'uint64' },
          { name: 'wifiMaintenance', internalType: 'uint64', type: 'uint64' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'contributionsOf',
    outputs: [
      { name: 'deployment', internalType: 'uint256', type: 'uint256' },
      { name: 'maintenance', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'currentPeriod',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'customerCountsAt',
    outputs: [
      { name: 'fibre', internalType: 'uint256', type: 'uint256' },
      { name: 'wifi', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'operator', internalType: 'address', type: 'address' }],
    name: 'customerCountsOf',
    outputs: [
      { name: 'fibre', internalType: 'uint256', type: 'uint256' },
      { name: 'wifi', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'customerKindOf',
    outputs: [
      { name: '', internalType: 'enum IBilling.CustomerKind', type: 'uint8' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
      { name: 'documentDigest', internalType: 'bytes32', type: 'bytes32' },
      {
        name: 'documentCodec',
        internalType: 'enum IProjectRegistry.CidCodec',
        type: 'uint8',
      },
    ],
    name: 'issueInvoice',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'ledger',
    outputs: [
      {
        name: '',
        internalType: 'contract ICompensationLedger',
        type: 'address',
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'pay',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'periodBillingOf',
    outputs: [
      {
        name: '',
        internalType: 'struct IBilling.PeriodBilling',
        type: 'tuple',
        components: [
          { name: 'ibtReceived', internalType: 'uint128', type: 'uint128' },
          { name: 'payments', internalType: 'uint32', type: 'uint32' },
          { name: 'fibreCustomers', internalType: 'uint32', type: 'uint32' },
          { name: 'wifiCustomers', internalType: 'uint32', type: 'uint32' },
          { name: 'invoiced', internalType: 'bool', type: 'bool' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'customer', internalType: 'address', type: 'address' },
      {
        name: 'kind',
        internalType: 'enum IBilling.CustomerKind',
        type: 'uint8',
      },
    ],
    name: 'registerCustomer',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'customer', internalType: 'address', type: 'address' }],
    name: 'removeCustomer',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'token',
        internalType: 'contract IBandwidthToken',
        type: 'address',
      },
      { name: 'fibre', internalType: 'uint96', type: 'uint96' },
      { name: 'wifi', internalType: 'uint96', type: 'uint96' },
    ],
    name: 'setTariff',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'operator', internalType: 'address', type: 'address' }],
    name: 'tariffOf',
    outputs: [
      {
        name: '',
        internalType: 'struct IBilling.Tariff',
        type: 'tuple',
        components: [
          {
            name: 'token',
            internalType: 'contract IBandwidthToken',
            type: 'address',
          },
          { name: 'fibre', internalType: 'uint96', type: 'uint96' },
          { name: 'wifi', internalType: 'uint96', type: 'uint96' },
        ],
      },
    ],
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
        name: 'customer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'token',
        internalType: 'contract IBandwidthToken',
        type: 'address',
        indexed: false,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'period',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'CustomerPaid',
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
        name: 'customer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'kind',
        internalType: 'enum IBilling.CustomerKind',
        type: 'uint8',
        indexed: false,
      },
      {
        name: 'period',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'CustomerRegistered',
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
        name: 'customer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'kind',
        internalType: 'enum IBilling.CustomerKind',
        type: 'uint8',
        indexed: false,
      },
      {
        name: 'period',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'CustomerRemoved',
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
        name: 'period',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'ibtReceived',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'payments',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'fibreCustomers',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'wifiCustomers',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'deploymentContribution',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'maintenanceContribution',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'documentDigest',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'documentCodec',
        internalType: 'enum IProjectRegistry.CidCodec',
        type: 'uint8',
        indexed: false,
      },
      {
        name: 'issuer',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
    ],
    name: 'InvoiceIssued',
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
      {
        name: 'fibre',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'wifi',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'period',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'TariffSet',
  },
  {
    type: 'error',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'customer', internalType: 'address', type: 'address' },
    ],
    name: 'BillingAlreadyCustomer',
  },
  {
    type: 'error',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'BillingAlreadyInvoiced',
  },
  {
    type: 'error',
    inputs: [{ name: 'genesis', internalType: 'uint256', type: 'uint256' }],
    name: 'BillingBeforeGenesis',
  },
  {
    type: 'error',
    inputs: [
      { name: 'contribution', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'BillingContributionTooHigh',
  },
  { type: 'error', inputs: [], name: 'BillingEmptyDocument' },
  {
    type: 'error',
    inputs: [
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'BillingInvalidAmount',
  },
  {
    type: 'error',
    inputs: [{ name: 'customer', internalType: 'address', type: 'address' }],
    name: 'BillingInvalidCustomer',
  },
  { type: 'error', inputs: [], name: 'BillingInvalidKind' },
  {
    type: 'error',
    inputs: [{ name: 'operator', internalType: 'address', type: 'address' }],
    name: 'BillingNoTariff',
  },
  {
    type: 'error',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'BillingNotCustomer',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'BillingNotOperator',
  },
  {
    type: 'error',
    inputs: [{ name: 'operator', internalType: 'address', type: 'address' }],
    name: 'BillingOperatorInDebt',
  },
  {
    type: 'error',
    inputs: [
      { name: 'period', internalType: 'uint256', type: 'uint256' },
      { name: 'current', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'BillingPeriodNotEnded',
  },
  {
    type: 'error',
    inputs: [
      { name: 'tariff', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'BillingTariffTooHigh',
  },
  {
    type: 'error',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'token', internalType: 'address', type: 'address' },
    ],
    name: 'BillingWrongToken',
  },
  { type: 'error', inputs: [], name: 'CheckpointUnorderedInsertion' },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'SafeERC20FailedOperation',
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
// CompensationTable
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const compensationTableAbi = [
  {
    type: 'constructor',
    inputs: [
      {
        name: 'participants',
        internalType: 'contract IParticipantRegistry',
        type: 'address',
      },
      { name: 'token', internalType: 'contract IERC20', type: 'address' },
      { name: 'expenseLedger', internalType: 'address', type: 'address' },
      {
        name: 'consumptionLedger',
        internalType: 'contract IConsumptionLedger',
        type: 'address',
      },
      { name: 'platformAccount', internalType: 'address', type: 'address' },
      {
        name: 'parameters',
        internalType: 'struct ICompensationTable.Parameters',
        type: 'tuple',
        components: [
          { name: 'genesis', internalType: 'uint256', type: 'uint256' },
          { name: 'periodLength', internalType: 'uint256', type: 'uint256' },
          { name: 'graceWindow', internalType: 'uint256', type: 'uint256' },
          { name: 'reviewWindow', internalType: 'uint256', type: 'uint256' },
          { name: 'recordingWindow', internalType: 'uint256', type: 'uint256' },
          { name: 'platformFeeBps', internalType: 'uint256', type: 'uint256' },
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
    name: 'MAX_EXPENSE',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_GENESIS_DELAY',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_PERIOD_LENGTH',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_PLATFORM_FEE_BPS',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_RECORDS_PER_CALL',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_SCAN_WORDS',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_WINDOW',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MIN_PERIOD_LENGTH',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MIN_WINDOW',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'period', internalType: 'uint256', type: 'uint256' }],
    name: 'claim',
    outputs: [{ name: 'amount', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'claimableOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'period', internalType: 'uint256', type: 'uint256' }],
    name: 'close',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
      { name: 'consumption', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'countConsumption',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'creditExpense',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'currentPeriod',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'entryOf',
    outputs: [
      { name: 'counted', internalType: 'uint256', type: 'uint256' },
      { name: 'waiting', internalType: 'uint256', type: 'uint256' },
      { name: 'carriedExpenses', internalType: 'uint256', type: 'uint256' },
      { name: 'carriedConsumption', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'genesis',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'graceWindow',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'hasUnsettledDebt',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'netPositionOf',
    outputs: [{ name: '', internalType: 'int256', type: 'int256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'nextPeriodToClose',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'periodLength',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'period', internalType: 'uint256', type: 'uint256' }],
    name: 'periodTotals',
    outputs: [
      {
        name: 'totals',
        internalType: 'struct ICompensationTable.PeriodTotals',
        type: 'tuple',
        components: [
          { name: 'expenses', internalType: 'uint256', type: 'uint256' },
          { name: 'consumption', internalType: 'uint256', type: 'uint256' },
          { name: 'platformFee', internalType: 'uint256', type: 'uint256' },
          { name: 'closedAt', internalType: 'uint256', type: 'uint256' },
          { name: 'recordingEndsAt', internalType: 'uint256', type: 'uint256' },
          { name: 'totalCredit', internalType: 'uint256', type: 'uint256' },
          { name: 'lateCredit', internalType: 'uint256', type: 'uint256' },
          { name: 'settled', internalType: 'uint256', type: 'uint256' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'period', internalType: 'uint256', type: 'uint256' }],
    name: 'phaseOf',
    outputs: [
      {
        name: '',
        internalType: 'enum IPeriodClock.PeriodPhase',
        type: 'uint8',
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'platform',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'platformFeeBps',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'positionOf',
    outputs: [
      {
        name: '',
        internalType: 'struct ICompensationTable.Position',
        type: 'tuple',
        components: [
          { name: 'amount', internalType: 'uint96', type: 'uint96' },
          { name: 'paid', internalType: 'uint96', type: 'uint96' },
          {
            name: 'kind',
            internalType: 'enum ICompensationTable.PositionKind',
            type: 'uint8',
          },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'period', internalType: 'uint256', type: 'uint256' },
      { name: 'accounts', internalType: 'address[]', type: 'address[]' },
    ],
    name: 'recordPositions',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'recordPositionsOf',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'recordingWindow',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'reviewWindow',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'period', internalType: 'uint256', type: 'uint256' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'settle',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'settlementToken',
    outputs: [{ name: '', internalType: 'contract IERC20', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'unsettledDebtCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
      { name: 'consumption', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'withholdConsumption',
    outputs: [],
    stateMutability: 'nonpayable',
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
        name: 'period',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'intoPeriod',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'consumption',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'expenses',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ConsumptionCarried',
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
        name: 'period',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'consumption',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'expenses',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ConsumptionCounted',
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
        name: 'period',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'consumption',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'expenses',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ConsumptionWithheld',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'creditor',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'period',
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
    name: 'CreditClaimed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'debtor',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'period',
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
      {
        name: 'remaining',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'DebtSettled',
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
        name: 'period',
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
      { name: 'counted', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'ExpenseCredited',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'period',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'expenses',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'platformFee',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'consumption',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      { name: 'voided', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'PeriodClosed',
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
        name: 'period',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      { name: 'net', internalType: 'int256', type: 'int256', indexed: false },
      {
        name: 'kind',
        internalType: 'enum ICompensationTable.PositionKind',
        type: 'uint8',
        indexed: false,
      },
    ],
    name: 'PositionRecorded',
  },
  {
    type: 'error',
    inputs: [
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'CompensationAmountOutOfRange',
  },
  {
    type: 'error',
    inputs: [{ name: 'genesis', internalType: 'uint256', type: 'uint256' }],
    name: 'CompensationBeforeGenesis',
  },
  {
    type: 'error',
    inputs: [
      { name: 'period', internalType: 'uint256', type: 'uint256' },
      { name: 'next', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'CompensationCloseOutOfOrder',
  },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'CompensationNoCredit',
  },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'CompensationNoDebt',
  },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'CompensationNothingToClaim',
  },
  {
    type: 'error',
    inputs: [
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'min', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'CompensationParameterOutOfRange',
  },
  {
    type: 'error',
    inputs: [
      { name: 'period', internalType: 'uint256', type: 'uint256' },
      {
        name: 'phase',
        internalType: 'enum IPeriodClock.PeriodPhase',
        type: 'uint8',
      },
    ],
    name: 'CompensationPeriodNotClosable',
  },
  {
    type: 'error',
    inputs: [{ name: 'period', internalType: 'uint256', type: 'uint256' }],
    name: 'CompensationPeriodNotClosed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'period', internalType: 'uint256', type: 'uint256' },
      {
        name: 'phase',
        internalType: 'enum IPeriodClock.PeriodPhase',
        type: 'uint8',
      },
    ],
    name: 'CompensationPeriodNotOpen',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'CompensationPositionsPending',
  },
  {
    type: 'error',
    inputs: [
      { name: 'period', internalType: 'uint256', type: 'uint256' },
      { name: 'endsAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'CompensationRecordingOpen',
  },
  {
    type: 'error',
    inputs: [
      { name: 'period', internalType: 'uint256', type: 'uint256' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
      { name: 'remaining', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'CompensationSettlementExceedsDebt',
  },
  {
    type: 'error',
    inputs: [
      { name: 'count', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'CompensationTooManyAccounts',
  },
  {
    type: 'error',
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'CompensationUnauthorizedCaller',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'CompensationUnsettledDebt',
  },
  { type: 'error', inputs: [], name: 'CompensationZeroAddress' },
  { type: 'error', inputs: [], name: 'ReentrancyGuardReentrantCall' },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'SafeERC20FailedOperation',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// ConsumptionLedger
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const consumptionLedgerAbi = [
  {
    type: 'constructor',
    inputs: [
      {
        name: 'participants',
        internalType: 'contract IParticipantRegistry',
        type: 'address',
      },
      {
        name: 'table',
        internalType: 'contract ICompensationTable',
        type: 'address',
      },
      { name: 'court', internalType: 'address', type: 'address' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_CONSUMPTION',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'countedConsumption',
    outputs: [
      { name: 'counted', internalType: 'bool', type: 'bool' },
      { name: 'gb', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'subjectId', internalType: 'uint256', type: 'uint256' },
      { name: 'opener', internalType: 'address', type: 'address' },
    ],
    name: 'onDisputeOpened',
    outputs: [
      { name: 'respondent', internalType: 'address', type: 'address' },
      { name: 'respondentExempt', internalType: 'bool', type: 'bool' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'subjectId', internalType: 'uint256', type: 'uint256' },
      {
        name: 'ruling',
        internalType: 'enum IDisputeSubject.Ruling',
        type: 'uint8',
      },
    ],
    name: 'onDisputeResolved',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
      { name: 'consumption', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'recordConsumption',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'recordOf',
    outputs: [
      {
        name: '',
        internalType: 'struct IConsumptionLedger.ConsumptionRecord',
        type: 'tuple',
        components: [
          { name: 'feeder', internalType: 'address', type: 'address' },
          { name: 'consumption', internalType: 'uint64', type: 'uint64' },
          {
            name: 'state',
            internalType: 'enum IConsumptionLedger.RecordState',
            type: 'uint8',
          },
          { name: 'carried', internalType: 'bool', type: 'bool' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'subjectId', internalType: 'uint256', type: 'uint256' }],
    name: 'recordOfSubject',
    outputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'subjectIdOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [{ name: 'period', internalType: 'uint256', type: 'uint256' }],
    name: 'validateConsumption',
    outputs: [],
    stateMutability: 'nonpayable',
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
        name: 'period',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'subjectId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ConsumptionDisputed',
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
        name: 'period',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'feeder',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'consumption',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      { name: 'carried', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'ConsumptionRecorded',
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
        name: 'period',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'ruling',
        internalType: 'enum IDisputeSubject.Ruling',
        type: 'uint8',
        indexed: false,
      },
      {
        name: 'state',
        internalType: 'enum IConsumptionLedger.RecordState',
        type: 'uint8',
        indexed: false,
      },
      { name: 'carried', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'ConsumptionRuled',
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
        name: 'period',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
    ],
    name: 'ConsumptionValidated',
  },
  {
    type: 'error',
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'ConsumptionNotFeeder',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'ConsumptionNotOperator',
  },
  {
    type: 'error',
    inputs: [
      { name: 'caller', internalType: 'address', type: 'address' },
      { name: 'operator', internalType: 'address', type: 'address' },
    ],
    name: 'ConsumptionNotRecordOperator',
  },
  {
    type: 'error',
    inputs: [
      { name: 'consumption', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ConsumptionOutOfRange',
  },
  {
    type: 'error',
    inputs: [
      { name: 'period', internalType: 'uint256', type: 'uint256' },
      { name: 'phase', internalType: 'uint8', type: 'uint8' },
    ],
    name: 'ConsumptionOutsideFactWindow',
  },
  {
    type: 'error',
    inputs: [{ name: 'period', internalType: 'uint256', type: 'uint256' }],
    name: 'ConsumptionPeriodOutOfRange',
  },
  {
    type: 'error',
    inputs: [
      { name: 'period', internalType: 'uint256', type: 'uint256' },
      { name: 'phase', internalType: 'uint8', type: 'uint8' },
    ],
    name: 'ConsumptionReviewOver',
  },
  {
    type: 'error',
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'ConsumptionUnauthorizedCaller',
  },
  {
    type: 'error',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
      {
        name: 'state',
        internalType: 'enum IConsumptionLedger.RecordState',
        type: 'uint8',
      },
    ],
    name: 'ConsumptionWrongState',
  },
  { type: 'error', inputs: [], name: 'ConsumptionZeroAddress' },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// DisputeCourt
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const disputeCourtAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'admin', internalType: 'address', type: 'address' },
      { name: 'token', internalType: 'contract IERC20', type: 'address' },
      {
        name: 'participants',
        internalType: 'contract IParticipantRegistry',
        type: 'address',
      },
      {
        name: 'consumption',
        internalType: 'contract IDisputeSubject',
        type: 'address',
      },
      {
        name: 'expenses',
        internalType: 'contract IDisputeSubject',
        type: 'address',
      },
      {
        name: 'parameters',
        internalType: 'struct IDisputeCourt.Parameters',
        type: 'tuple',
        components: [
          { name: 'conciliationFee', internalType: 'uint256', type: 'uint256' },
          { name: 'mediationFee', internalType: 'uint256', type: 'uint256' },
          { name: 'arbitrationFee', internalType: 'uint256', type: 'uint256' },
          { name: 'responseWindow', internalType: 'uint256', type: 'uint256' },
          { name: 'decisionWindow', internalType: 'uint256', type: 'uint256' },
          { name: 'appealWindow', internalType: 'uint256', type: 'uint256' },
        ],
      },
    ],
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
    name: 'MAX_RESOLVERS',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MIN_RESOLVERS',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'RESOLVER_MANAGER_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'resolver', internalType: 'address', type: 'address' }],
    name: 'addResolver',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'disputeId', internalType: 'uint256', type: 'uint256' }],
    name: 'assignResolver',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'consumptionLedger',
    outputs: [
      { name: '', internalType: 'contract IDisputeSubject', type: 'address' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'disputeId', internalType: 'uint256', type: 'uint256' }],
    name: 'deadlinesOf',
    outputs: [
      { name: 'responseDeadline', internalType: 'uint256', type: 'uint256' },
      { name: 'decisionDeadline', internalType: 'uint256', type: 'uint256' },
      { name: 'appealDeadline', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'disputeId', internalType: 'uint256', type: 'uint256' },
      {
        name: 'ruling',
        internalType: 'enum IDisputeSubject.Ruling',
        type: 'uint8',
      },
      { name: 'reasonDigest', internalType: 'bytes32', type: 'bytes32' },
      {
        name: 'reasonCodec',
        internalType: 'enum IProjectRegistry.CidCodec',
        type: 'uint8',
      },
    ],
    name: 'decide',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'disputeCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'resolver', internalType: 'address', type: 'address' }],
    name: 'earningsOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'disputeId', internalType: 'uint256', type: 'uint256' },
      { name: 'evidenceDigest', internalType: 'bytes32', type: 'bytes32' },
      {
        name: 'evidenceCodec',
        internalType: 'enum IProjectRegistry.CidCodec',
        type: 'uint8',
      },
    ],
    name: 'escalate',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'expenseLedger',
    outputs: [
      { name: '', internalType: 'contract IDisputeSubject', type: 'address' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'disputeId', internalType: 'uint256', type: 'uint256' }],
    name: 'finalize',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'disputeId', internalType: 'uint256', type: 'uint256' }],
    name: 'getDispute',
    outputs: [
      {
        name: 'details',
        internalType: 'struct IDisputeCourt.DisputeView',
        type: 'tuple',
        components: [
          {
            name: 'subject',
            internalType: 'contract IDisputeSubject',
            type: 'address',
          },
          { name: 'subjectId', internalType: 'uint256', type: 'uint256' },
          { name: 'opener', internalType: 'address', type: 'address' },
          { name: 'respondent', internalType: 'address', type: 'address' },
          { name: 'respondentExempt', internalType: 'bool', type: 'bool' },
          {
            name: 'stage',
            internalType: 'enum IDisputeCourt.Stage',
            type: 'uint8',
          },
          {
            name: 'status',
            internalType: 'enum IDisputeCourt.DisputeStatus',
            type: 'uint8',
          },
          { name: 'broughtByRespondent', internalType: 'bool', type: 'bool' },
          { name: 'deadline', internalType: 'uint256', type: 'uint256' },
          { name: 'seedBlock', internalType: 'uint256', type: 'uint256' },
          { name: 'resolvers', internalType: 'address[3]', type: 'address[3]' },
          {
            name: 'rulings',
            internalType: 'enum IDisputeSubject.Ruling[3]',
            type: 'uint8[3]',
          },
          { name: 'missedDeadlines', internalType: 'uint256', type: 'uint256' },
          { name: 'openerRefund', internalType: 'uint256', type: 'uint256' },
          {
            name: 'respondentRefund',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'depositsHeld', internalType: 'uint256', type: 'uint256' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getResolvers',
    outputs: [{ name: '', internalType: 'address[]', type: 'address[]' }],
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
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'isResolver',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'respondent', internalType: 'address', type: 'address' },
      { name: 'evidenceDigest', internalType: 'bytes32', type: 'bytes32' },
      {
        name: 'evidenceCodec',
        internalType: 'enum IProjectRegistry.CidCodec',
        type: 'uint8',
      },
    ],
    name: 'openClaim',
    outputs: [{ name: 'disputeId', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'subject',
        internalType: 'contract IDisputeSubject',
        type: 'address',
      },
      { name: 'subjectId', internalType: 'uint256', type: 'uint256' },
      { name: 'evidenceDigest', internalType: 'bytes32', type: 'bytes32' },
      {
        name: 'evidenceCodec',
        internalType: 'enum IProjectRegistry.CidCodec',
        type: 'uint8',
      },
    ],
    name: 'openDispute',
    outputs: [{ name: 'disputeId', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'participantRegistry',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'resolver', internalType: 'address', type: 'address' }],
    name: 'removeResolver',
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
    inputs: [{ name: 'disputeId', internalType: 'uint256', type: 'uint256' }],
    name: 'replaceResolver',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'disputeId', internalType: 'uint256', type: 'uint256' },
      { name: 'evidenceDigest', internalType: 'bytes32', type: 'bytes32' },
      {
        name: 'evidenceCodec',
        internalType: 'enum IProjectRegistry.CidCodec',
        type: 'uint8',
      },
    ],
    name: 'respond',
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
    inputs: [],
    name: 'settlementToken',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'stage',
        internalType: 'enum IDisputeCourt.Stage',
        type: 'uint8',
      },
    ],
    name: 'stageFee',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
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
    type: 'function',
    inputs: [],
    name: 'windows',
    outputs: [
      { name: 'responseWindow', internalType: 'uint256', type: 'uint256' },
      { name: 'decisionWindow', internalType: 'uint256', type: 'uint256' },
      { name: 'appealWindow', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'withdrawEarnings',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'disputeId', internalType: 'uint256', type: 'uint256' }],
    name: 'withdrawRefund',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'disputeId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'stage',
        internalType: 'enum IDisputeCourt.Stage',
        type: 'uint8',
        indexed: false,
      },
      {
        name: 'resolver',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'ruling',
        internalType: 'enum IDisputeSubject.Ruling',
        type: 'uint8',
        indexed: false,
      },
      {
        name: 'reasonDigest',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'reasonCodec',
        internalType: 'enum IProjectRegistry.CidCodec',
        type: 'uint8',
        indexed: false,
      },
      { name: 'fee', internalType: 'uint256', type: 'uint256', indexed: false },
      {
        name: 'openerRefund',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'respondentRefund',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'appealDeadline',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'DisputeDecided',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'disputeId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'stage',
        internalType: 'enum IDisputeCourt.Stage',
        type: 'uint8',
        indexed: false,
      },
      {
        name: 'party',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      { name: 'fee', internalType: 'uint256', type: 'uint256', indexed: false },
      {
        name: 'evidenceDigest',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'evidenceCodec',
        internalType: 'enum IProjectRegistry.CidCodec',
        type: 'uint8',
        indexed: false,
      },
      {
        name: 'responseDeadline',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'DisputeEscalated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'disputeId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'subject',
        internalType: 'contract IDisputeSubject',
        type: 'address',
        indexed: true,
      },
      {
        name: 'subjectId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'opener',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'respondent',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
      {
        name: 'respondentExempt',
        internalType: 'bool',
        type: 'bool',
        indexed: false,
      },
      { name: 'fee', internalType: 'uint256', type: 'uint256', indexed: false },
      {
        name: 'evidenceDigest',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'evidenceCodec',
        internalType: 'enum IProjectRegistry.CidCodec',
        type: 'uint8',
        indexed: false,
      },
      {
        name: 'responseDeadline',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'seedBlock',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'DisputeOpened',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'disputeId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'ruling',
        internalType: 'enum IDisputeSubject.Ruling',
        type: 'uint8',
        indexed: false,
      },
      {
        name: 'resolution',
        internalType: 'enum IDisputeCourt.Resolution',
        type: 'uint8',
        indexed: false,
      },
      {
        name: 'openerRefund',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'respondentRefund',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'DisputeResolved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'disputeId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'stage',
        internalType: 'enum IDisputeCourt.Stage',
        type: 'uint8',
        indexed: false,
      },
      {
        name: 'party',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      { name: 'fee', internalType: 'uint256', type: 'uint256', indexed: false },
      {
        name: 'evidenceDigest',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'evidenceCodec',
        internalType: 'enum IProjectRegistry.CidCodec',
        type: 'uint8',
        indexed: false,
      },
    ],
    name: 'DisputeResponded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'resolver',
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
    name: 'EarningsWithdrawn',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'disputeId',
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
    name: 'RefundWithdrawn',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'resolver',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'ResolverAdded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'disputeId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'stage',
        internalType: 'enum IDisputeCourt.Stage',
        type: 'uint8',
        indexed: false,
      },
      {
        name: 'resolver',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'decisionDeadline',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ResolverAssigned',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'disputeId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'stage',
        internalType: 'enum IDisputeCourt.Stage',
        type: 'uint8',
        indexed: false,
      },
      {
        name: 'resolver',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'ResolverMissedDeadline',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'resolver',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'ResolverRemoved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'disputeId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'seedBlock',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ResolverSeedRenewed',
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
      { name: 'disputeId', internalType: 'uint256', type: 'uint256' },
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'DisputeDeadlineNotPassed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'disputeId', internalType: 'uint256', type: 'uint256' },
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'DisputeDeadlinePassed',
  },
  { type: 'error', inputs: [], name: 'DisputeEmptyCid' },
  {
    type: 'error',
    inputs: [{ name: 'disputeId', internalType: 'uint256', type: 'uint256' }],
    name: 'DisputeFinalStage',
  },
  {
    type: 'error',
    inputs: [{ name: 'respondent', internalType: 'address', type: 'address' }],
    name: 'DisputeInvalidRespondent',
  },
  {
    type: 'error',
    inputs: [{ name: 'disputeId', internalType: 'uint256', type: 'uint256' }],
    name: 'DisputeNotFound',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'DisputeNotParticipant',
  },
  {
    type: 'error',
    inputs: [
      { name: 'disputeId', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'DisputeNotParty',
  },
  {
    type: 'error',
    inputs: [
      { name: 'disputeId', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'DisputeNotResolver',
  },
  {
    type: 'error',
    inputs: [
      { name: 'disputeId', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'expected', internalType: 'address', type: 'address' },
    ],
    name: 'DisputeNotYourTurn',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'DisputeNothingToWithdraw',
  },
  {
    type: 'error',
    inputs: [
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'min', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'DisputeParameterOutOfBounds',
  },
  {
    type: 'error',
    inputs: [{ name: 'max', internalType: 'uint256', type: 'uint256' }],
    name: 'DisputePoolFull',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'DisputeResolverExists',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'DisputeResolverUnknown',
  },
  {
    type: 'error',
    inputs: [
      { name: 'disputeId', internalType: 'uint256', type: 'uint256' },
      { name: 'seedBlock', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'DisputeSeedNotReady',
  },
  {
    type: 'error',
    inputs: [
      { name: 'available', internalType: 'uint256', type: 'uint256' },
      { name: 'required', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'DisputeTooFewResolvers',
  },
  {
    type: 'error',
    inputs: [{ name: 'subject', internalType: 'address', type: 'address' }],
    name: 'DisputeUnknownSubject',
  },
  {
    type: 'error',
    inputs: [
      { name: 'disputeId', internalType: 'uint256', type: 'uint256' },
      {
        name: 'status',
        internalType: 'enum IDisputeCourt.DisputeStatus',
        type: 'uint8',
      },
      {
        name: 'required',
        internalType: 'enum IDisputeCourt.DisputeStatus',
        type: 'uint8',
      },
    ],
    name: 'DisputeWrongStatus',
  },
  {
    type: 'error',
    inputs: [{ name: 'name', internalType: 'string', type: 'string' }],
    name: 'DisputeZeroAddress',
  },
  { type: 'error', inputs: [], name: 'ReentrancyGuardReentrantCall' },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'SafeERC20FailedOperation',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// ExpenseLedger
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const expenseLedgerAbi = [
  {
    type: 'constructor',
    inputs: [
      {
        name: 'table_',
        internalType: 'contract ICompensationLedger',
        type: 'address',
      },
      {
        name: 'participants_',
        internalType: 'contract IParticipantRegistry',
        type: 'address',
      },
      {
        name: 'settlementToken_',
        internalType: 'contract IERC20',
        type: 'address',
      },
      { name: 'court_', internalType: 'address', type: 'address' },
      { name: 'platform_', internalType: 'address', type: 'address' },
      { name: 'reviewFee_', internalType: 'uint256', type: 'uint256' },
      { name: 'deposit_', internalType: 'uint256', type: 'uint256' },
      { name: 'answerWindow_', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'DISPUTE_WINDOW',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'DRAW_DELAY',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_AMOUNT',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_ANSWER_WINDOW',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_DEPOSIT',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_DRAW_ATTEMPTS',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_REVIEW_FEE',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MIN_ANSWER_WINDOW',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'QUORUM',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'REVIEWERS',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'answerWindow',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'court',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
      { name: 'invoiceKey', internalType: 'bytes32', type: 'bytes32' },
      { name: 'evidenceDigest', internalType: 'bytes32', type: 'bytes32' },
      {
        name: 'evidenceCodec',
        internalType: 'enum IProjectRegistry.CidCodec',
        type: 'uint8',
      },
    ],
    name: 'declare',
    outputs: [{ name: 'expenseId', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'deposit',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'expenseId', internalType: 'uint256', type: 'uint256' }],
    name: 'draw',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'declarer', internalType: 'address', type: 'address' }],
    name: 'eligibleReviewerCount',
    outputs: [{ name: 'eligible', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'entityHashOf',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'expenseCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'invoiceKey', internalType: 'bytes32', type: 'bytes32' }],
    name: 'expenseOfInvoice',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'expenseId', internalType: 'uint256', type: 'uint256' }],
    name: 'getExpense',
    outputs: [
      {
        name: '',
        internalType: 'struct IExpenseLedger.Expense',
        type: 'tuple',
        components: [
          { name: 'declarer', internalType: 'address', type: 'address' },
          { name: 'amount', internalType: 'uint64', type: 'uint64' },
          { name: 'period', internalType: 'uint32', type: 'uint32' },
          {
            name: 'status',
            internalType: 'enum IExpenseLedger.ExpenseStatus',
            type: 'uint8',
          },
          { name: 'drawAnchor', internalType: 'uint64', type: 'uint64' },
          { name: 'validations', internalType: 'uint8', type: 'uint8' },
          { name: 'rejections', internalType: 'uint8', type: 'uint8' },
          { name: 'rejectedAt', internalType: 'uint40', type: 'uint40' },
          { name: 'depositReleased', internalType: 'bool', type: 'bool' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'isEligibleReviewer',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'subjectId', internalType: 'uint256', type: 'uint256' },
      { name: 'opener', internalType: 'address', type: 'address' },
    ],
    name: 'onDisputeOpened',
    outputs: [
      { name: 'respondent', internalType: 'address', type: 'address' },
      { name: 'respondentExempt', internalType: 'bool', type: 'bool' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'subjectId', internalType: 'uint256', type: 'uint256' },
      {
        name: 'ruling',
        internalType: 'enum IDisputeSubject.Ruling',
        type: 'uint8',
      },
    ],
    name: 'onDisputeResolved',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'participants',
    outputs: [
      {
        name: '',
        internalType: 'contract IParticipantRegistry',
        type: 'address',
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'platform',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'expenseId', internalType: 'uint256', type: 'uint256' },
      { name: 'slot', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'redraw',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'entityHash', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'registerEntity',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'expenseId', internalType: 'uint256', type: 'uint256' },
      { name: 'reasonDigest', internalType: 'bytes32', type: 'bytes32' },
      {
        name: 'reasonCodec',
        internalType: 'enum IProjectRegistry.CidCodec',
        type: 'uint8',
      },
    ],
    name: 'reject',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'expenseId', internalType: 'uint256', type: 'uint256' }],
    name: 'releaseDeposit',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'reviewFee',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'expenseId', internalType: 'uint256', type: 'uint256' }],
    name: 'reviewersOf',
    outputs: [
      {
        name: '',
        internalType: 'struct IExpenseLedger.ReviewerSlot[3]',
        type: 'tuple[3]',
        components: [
          { name: 'reviewer', internalType: 'address', type: 'address' },
          { name: 'drawnAt', internalType: 'uint40', type: 'uint40' },
          {
            name: 'verdict',
            internalType: 'enum IExpenseLedger.Verdict',
            type: 'uint8',
          },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'settlementToken',
    outputs: [{ name: '', internalType: 'contract IERC20', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'table',
    outputs: [
      {
        name: '',
        internalType: 'contract ICompensationLedger',
        type: 'address',
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'expenseId', internalType: 'uint256', type: 'uint256' }],
    name: 'validate',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'expenseId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'recipient',
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
    name: 'DepositReleased',
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
        name: 'entityHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'EntityRegistered',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'expenseId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'declarer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'period',
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
      {
        name: 'invoiceKey',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'evidenceDigest',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'evidenceCodec',
        internalType: 'enum IProjectRegistry.CidCodec',
        type: 'uint8',
        indexed: false,
      },
      {
        name: 'drawAnchor',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ExpenseDeclared',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'expenseId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
    ],
    name: 'ExpenseDisputed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'expenseId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'drawAnchor',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'eligible',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ExpenseDrawDeferred',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'expenseId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'disputableUntil',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ExpenseRejected',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'expenseId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'reviewer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'verdict',
        internalType: 'enum IExpenseLedger.Verdict',
        type: 'uint8',
        indexed: false,
      },
      {
        name: 'reasonDigest',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'reasonCodec',
        internalType: 'enum IProjectRegistry.CidCodec',
        type: 'uint8',
        indexed: false,
      },
    ],
    name: 'ExpenseReviewed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'expenseId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'status',
        internalType: 'enum IExpenseLedger.ExpenseStatus',
        type: 'uint8',
        indexed: false,
      },
    ],
    name: 'ExpenseStatusChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'expenseId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'creditedPeriod',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ExpenseValidated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'expenseId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'slot',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'reviewer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'answerBy',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ReviewerDrawn',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'expenseId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'slot',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'reviewer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'drawAnchor',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ReviewerReplaced',
  },
  {
    type: 'error',
    inputs: [
      { name: 'expenseId', internalType: 'uint256', type: 'uint256' },
      { name: 'reviewer', internalType: 'address', type: 'address' },
    ],
    name: 'ExpenseAlreadyReviewed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'expenseId', internalType: 'uint256', type: 'uint256' },
      { name: 'slot', internalType: 'uint256', type: 'uint256' },
      { name: 'answerBy', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ExpenseAnswerWindowOpen',
  },
  {
    type: 'error',
    inputs: [
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ExpenseBadAmount',
  },
  {
    type: 'error',
    inputs: [
      { name: 'window', internalType: 'uint256', type: 'uint256' },
      { name: 'min', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ExpenseBadAnswerWindow',
  },
  {
    type: 'error',
    inputs: [
      { name: 'deposit', internalType: 'uint256', type: 'uint256' },
      { name: 'min', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ExpenseBadDeposit',
  },
  {
    type: 'error',
    inputs: [
      { name: 'fee', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ExpenseBadReviewFee',
  },
  {
    type: 'error',
    inputs: [{ name: 'slot', internalType: 'uint256', type: 'uint256' }],
    name: 'ExpenseBadSlot',
  },
  {
    type: 'error',
    inputs: [
      { name: 'expenseId', internalType: 'uint256', type: 'uint256' },
      {
        name: 'status',
        internalType: 'enum IExpenseLedger.ExpenseStatus',
        type: 'uint8',
      },
      { name: 'until', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ExpenseDepositHeld',
  },
  {
    type: 'error',
    inputs: [{ name: 'expenseId', internalType: 'uint256', type: 'uint256' }],
    name: 'ExpenseDepositReleased',
  },
  {
    type: 'error',
    inputs: [
      { name: 'expenseId', internalType: 'uint256', type: 'uint256' },
      { name: 'endedAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ExpenseDisputeWindowClosed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'expenseId', internalType: 'uint256', type: 'uint256' },
      { name: 'readyAt', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ExpenseDrawNotReady',
  },
  { type: 'error', inputs: [], name: 'ExpenseEmptyEvidence' },
  { type: 'error', inputs: [], name: 'ExpenseEmptyInvoiceKey' },
  { type: 'error', inputs: [], name: 'ExpenseEmptyReason' },
  {
    type: 'error',
    inputs: [{ name: 'investor', internalType: 'address', type: 'address' }],
    name: 'ExpenseInvestorNotApproved',
  },
  {
    type: 'error',
    inputs: [
      { name: 'invoiceKey', internalType: 'bytes32', type: 'bytes32' },
      { name: 'expenseId', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ExpenseInvoiceKeyTaken',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'ExpenseNotCourt',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'ExpenseNotDeclarer',
  },
  {
    type: 'error',
    inputs: [
      { name: 'expenseId', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'ExpenseNotDisputer',
  },
  {
    type: 'error',
    inputs: [
      { name: 'expenseId', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'ExpenseNotDrawnReviewer',
  },
  {
    type: 'error',
    inputs: [{ name: 'expenseId', internalType: 'uint256', type: 'uint256' }],
    name: 'ExpenseNotFound',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'ExpenseNotPlatform',
  },
  {
    type: 'error',
    inputs: [{ name: 'expenseId', internalType: 'uint256', type: 'uint256' }],
    name: 'ExpenseNothingToDraw',
  },
  {
    type: 'error',
    inputs: [
      { name: 'period', internalType: 'uint256', type: 'uint256' },
      {
        name: 'phase',
        internalType: 'enum IPeriodClock.PeriodPhase',
        type: 'uint8',
      },
    ],
    name: 'ExpensePeriodNotOpen',
  },
  {
    type: 'error',
    inputs: [
      { name: 'expenseId', internalType: 'uint256', type: 'uint256' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
      {
        name: 'phase',
        internalType: 'enum IPeriodClock.PeriodPhase',
        type: 'uint8',
      },
    ],
    name: 'ExpenseReviewClosed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'expenseId', internalType: 'uint256', type: 'uint256' },
      { name: 'slot', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ExpenseReviewerAnswered',
  },
  {
    type: 'error',
    inputs: [
      { name: 'expenseId', internalType: 'uint256', type: 'uint256' },
      { name: 'reviewer', internalType: 'address', type: 'address' },
    ],
    name: 'ExpenseReviewerNotEligible',
  },
  {
    type: 'error',
    inputs: [
      { name: 'expenseId', internalType: 'uint256', type: 'uint256' },
      { name: 'slot', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ExpenseSlotVacant',
  },
  {
    type: 'error',
    inputs: [
      { name: 'eligible', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ExpenseTooFewReviewers',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'ExpenseUnsettledDebt',
  },
  {
    type: 'error',
    inputs: [
      { name: 'expenseId', internalType: 'uint256', type: 'uint256' },
      {
        name: 'status',
        internalType: 'enum IExpenseLedger.ExpenseStatus',
        type: 'uint8',
      },
    ],
    name: 'ExpenseWrongStatus',
  },
  { type: 'error', inputs: [], name: 'ExpenseZeroAddress' },
  { type: 'error', inputs: [], name: 'ReentrancyGuardReentrantCall' },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'SafeERC20FailedOperation',
  },
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
    name: 'FEEDER_ROLE',
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
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'from', internalType: 'uint256', type: 'uint256' },
      { name: 'to', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'getPastHolding',
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
    inputs: [],
    name: 'finalizedAt',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
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
// SettlementToken
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const settlementTokenAbi = [
  { type: 'constructor', inputs: [], stateMutability: 'nonpayable' },
  {
    type: 'function',
    inputs: [],
    name: 'FAUCET_CHAIN_ID',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'FAUCET_MAX',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
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
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [{ name: 'amount', internalType: 'uint256', type: 'uint256' }],
    name: 'faucet',
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
  {
    type: 'error',
    inputs: [
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SettlementFaucetAmountOutOfRange',
  },
  {
    type: 'error',
    inputs: [{ name: 'chainId', internalType: 'uint256', type: 'uint256' }],
    name: 'SettlementFaucetUnavailable',
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
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `functionName` set to `"COMMON_POOL_CLAIM_PERIOD"`
 */
export const useReadBandwidthAuctionCommonPoolClaimPeriod =
  /*#__PURE__*/ createUseReadContract({
    abi: bandwidthAuctionAbi,
    functionName: 'COMMON_POOL_CLAIM_PERIOD',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `functionName` set to `"HOLDING_PERIOD"`
 */
export const useReadBandwidthAuctionHoldingPeriod =
  /*#__PURE__*/ createUseReadContract({
    abi: bandwidthAuctionAbi,
    functionName: 'HOLDING_PERIOD',
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
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `functionName` set to `"commonPool"`
 */
export const useReadBandwidthAuctionCommonPool =
  /*#__PURE__*/ createUseReadContract({
    abi: bandwidthAuctionAbi,
    functionName: 'commonPool',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `functionName` set to `"compensationLedger"`
 */
export const useReadBandwidthAuctionCompensationLedger =
  /*#__PURE__*/ createUseReadContract({
    abi: bandwidthAuctionAbi,
    functionName: 'compensationLedger',
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
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `functionName` set to `"getInvestment"`
 */
export const useReadBandwidthAuctionGetInvestment =
  /*#__PURE__*/ createUseReadContract({
    abi: bandwidthAuctionAbi,
    functionName: 'getInvestment',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `functionName` set to `"holdingOf"`
 */
export const useReadBandwidthAuctionHoldingOf =
  /*#__PURE__*/ createUseReadContract({
    abi: bandwidthAuctionAbi,
    functionName: 'holdingOf',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `functionName` set to `"investmentCount"`
 */
export const useReadBandwidthAuctionInvestmentCount =
  /*#__PURE__*/ createUseReadContract({
    abi: bandwidthAuctionAbi,
    functionName: 'investmentCount',
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
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `functionName` set to `"cancelAuction"`
 */
export const useWriteBandwidthAuctionCancelAuction =
  /*#__PURE__*/ createUseWriteContract({
    abi: bandwidthAuctionAbi,
    functionName: 'cancelAuction',
  })

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
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `functionName` set to `"recordInvestment"`
 */
export const useWriteBandwidthAuctionRecordInvestment =
  /*#__PURE__*/ createUseWriteContract({
    abi: bandwidthAuctionAbi,
    functionName: 'recordInvestment',
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
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `functionName` set to `"sweepCommonPool"`
 */
export const useWriteBandwidthAuctionSweepCommonPool =
  /*#__PURE__*/ createUseWriteContract({
    abi: bandwidthAuctionAbi,
    functionName: 'sweepCommonPool',
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
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `functionName` set to `"cancelAuction"`
 */
export const useSimulateBandwidthAuctionCancelAuction =
  /*#__PURE__*/ createUseSimulateContract({
    abi: bandwidthAuctionAbi,
    functionName: 'cancelAuction',
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
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `functionName` set to `"recordInvestment"`
 */
export const useSimulateBandwidthAuctionRecordInvestment =
  /*#__PURE__*/ createUseSimulateContract({
    abi: bandwidthAuctionAbi,
    functionName: 'recordInvestment',
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
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `functionName` set to `"sweepCommonPool"`
 */
export const useSimulateBandwidthAuctionSweepCommonPool =
  /*#__PURE__*/ createUseSimulateContract({
    abi: bandwidthAuctionAbi,
    functionName: 'sweepCommonPool',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link bandwidthAuctionAbi}__
 */
export const useWatchBandwidthAuctionEvent =
  /*#__PURE__*/ createUseWatchContractEvent({ abi: bandwidthAuctionAbi })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `eventName` set to `"AuctionCancelled"`
 */
export const useWatchBandwidthAuctionAuctionCancelledEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: bandwidthAuctionAbi,
    eventName: 'AuctionCancelled',
  })

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
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `eventName` set to `"CommonPoolSwept"`
 */
export const useWatchBandwidthAuctionCommonPoolSweptEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: bandwidthAuctionAbi,
    eventName: 'CommonPoolSwept',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link bandwidthAuctionAbi}__ and `eventName` set to `"InvestmentRecorded"`
 */
export const useWatchBandwidthAuctionInvestmentRecordedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: bandwidthAuctionAbi,
    eventName: 'InvestmentRecorded',
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
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `functionName` set to `"pendingOwner"`
 */
export const useReadBandwidthTokenPendingOwner =
  /*#__PURE__*/ createUseReadContract({
    abi: bandwidthTokenAbi,
    functionName: 'pendingOwner',
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
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `functionName` set to `"acceptOwnership"`
 */
export const useWriteBandwidthTokenAcceptOwnership =
  /*#__PURE__*/ createUseWriteContract({
    abi: bandwidthTokenAbi,
    functionName: 'acceptOwnership',
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
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `functionName` set to `"acceptOwnership"`
 */
export const useSimulateBandwidthTokenAcceptOwnership =
  /*#__PURE__*/ createUseSimulateContract({
    abi: bandwidthTokenAbi,
    functionName: 'acceptOwnership',
  })

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
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link bandwidthTokenAbi}__ and `eventName` set to `"OwnershipTransferStarted"`
 */
export const useWatchBandwidthTokenOwnershipTransferStartedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: bandwidthTokenAbi,
    eventName: 'OwnershipTransferStarted',
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
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link billingAbi}__
 */
export const useReadBilling = /*#__PURE__*/ createUseReadContract({
  abi: billingAbi,
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link billingAbi}__ and `functionName` set to `"MAX_AMOUNT"`
 */
export const useReadBillingMaxAmount = /*#__PURE__*/ createUseReadContract({
  abi: billingAbi,
  functionName: 'MAX_AMOUNT',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link billingAbi}__ and `functionName` set to `"MAX_CONTRIBUTION"`
 */
export const useReadBillingMaxContribution =
  /*#__PURE__*/ createUseReadContract({
    abi: billingAbi,
    functionName: 'MAX_CONTRIBUTION',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link billingAbi}__ and `functionName` set to `"contributions"`
 */
export const useReadBillingContributions = /*#__PURE__*/ createUseReadContract({
  abi: billingAbi,
  functionName: 'contributions',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link billingAbi}__ and `functionName` set to `"contributionsOf"`
 */
export const useReadBillingContributionsOf =
  /*#__PURE__*/ createUseReadContract({
    abi: billingAbi,
    functionName: 'contributionsOf',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link billingAbi}__ and `functionName` set to `"currentPeriod"`
 */
export const useReadBillingCurrentPeriod = /*#__PURE__*/ createUseReadContract({
  abi: billingAbi,
  functionName: 'currentPeriod',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link billingAbi}__ and `functionName` set to `"customerCountsAt"`
 */
export const useReadBillingCustomerCountsAt =
  /*#__PURE__*/ createUseReadContract({
    abi: billingAbi,
    functionName: 'customerCountsAt',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link billingAbi}__ and `functionName` set to `"customerCountsOf"`
 */
export const useReadBillingCustomerCountsOf =
  /*#__PURE__*/ createUseReadContract({
    abi: billingAbi,
    functionName: 'customerCountsOf',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link billingAbi}__ and `functionName` set to `"customerKindOf"`
 */
export const useReadBillingCustomerKindOf = /*#__PURE__*/ createUseReadContract(
  { abi: billingAbi, functionName: 'customerKindOf' },
)

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link billingAbi}__ and `functionName` set to `"ledger"`
 */
export const useReadBillingLedger = /*#__PURE__*/ createUseReadContract({
  abi: billingAbi,
  functionName: 'ledger',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link billingAbi}__ and `functionName` set to `"periodBillingOf"`
 */
export const useReadBillingPeriodBillingOf =
  /*#__PURE__*/ createUseReadContract({
    abi: billingAbi,
    functionName: 'periodBillingOf',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link billingAbi}__ and `functionName` set to `"tariffOf"`
 */
export const useReadBillingTariffOf = /*#__PURE__*/ createUseReadContract({
  abi: billingAbi,
  functionName: 'tariffOf',
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link billingAbi}__
 */
export const useWriteBilling = /*#__PURE__*/ createUseWriteContract({
  abi: billingAbi,
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link billingAbi}__ and `functionName` set to `"issueInvoice"`
 */
export const useWriteBillingIssueInvoice = /*#__PURE__*/ createUseWriteContract(
  { abi: billingAbi, functionName: 'issueInvoice' },
)

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link billingAbi}__ and `functionName` set to `"pay"`
 */
export const useWriteBillingPay = /*#__PURE__*/ createUseWriteContract({
  abi: billingAbi,
  functionName: 'pay',
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link billingAbi}__ and `functionName` set to `"registerCustomer"`
 */
export const useWriteBillingRegisterCustomer =
  /*#__PURE__*/ createUseWriteContract({
    abi: billingAbi,
    functionName: 'registerCustomer',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link billingAbi}__ and `functionName` set to `"removeCustomer"`
 */
export const useWriteBillingRemoveCustomer =
  /*#__PURE__*/ createUseWriteContract({
    abi: billingAbi,
    functionName: 'removeCustomer',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link billingAbi}__ and `functionName` set to `"setTariff"`
 */
export const useWriteBillingSetTariff = /*#__PURE__*/ createUseWriteContract({
  abi: billingAbi,
  functionName: 'setTariff',
})

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link billingAbi}__
 */
export const useSimulateBilling = /*#__PURE__*/ createUseSimulateContract({
  abi: billingAbi,
})

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link billingAbi}__ and `functionName` set to `"issueInvoice"`
 */
export const useSimulateBillingIssueInvoice =
  /*#__PURE__*/ createUseSimulateContract({
    abi: billingAbi,
    functionName: 'issueInvoice',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link billingAbi}__ and `functionName` set to `"pay"`
 */
export const useSimulateBillingPay = /*#__PURE__*/ createUseSimulateContract({
  abi: billingAbi,
  functionName: 'pay',
})

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link billingAbi}__ and `functionName` set to `"registerCustomer"`
 */
export const useSimulateBillingRegisterCustomer =
  /*#__PURE__*/ createUseSimulateContract({
    abi: billingAbi,
    functionName: 'registerCustomer',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link billingAbi}__ and `functionName` set to `"removeCustomer"`
 */
export const useSimulateBillingRemoveCustomer =
  /*#__PURE__*/ createUseSimulateContract({
    abi: billingAbi,
    functionName: 'removeCustomer',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link billingAbi}__ and `functionName` set to `"setTariff"`
 */
export const useSimulateBillingSetTariff =
  /*#__PURE__*/ createUseSimulateContract({
    abi: billingAbi,
    functionName: 'setTariff',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link billingAbi}__
 */
export const useWatchBillingEvent = /*#__PURE__*/ createUseWatchContractEvent({
  abi: billingAbi,
})

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link billingAbi}__ and `eventName` set to `"CustomerPaid"`
 */
export const useWatchBillingCustomerPaidEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: billingAbi,
    eventName: 'CustomerPaid',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link billingAbi}__ and `eventName` set to `"CustomerRegistered"`
 */
export const useWatchBillingCustomerRegisteredEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: billingAbi,
    eventName: 'CustomerRegistered',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link billingAbi}__ and `eventName` set to `"CustomerRemoved"`
 */
export const useWatchBillingCustomerRemovedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: billingAbi,
    eventName: 'CustomerRemoved',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link billingAbi}__ and `eventName` set to `"InvoiceIssued"`
 */
export const useWatchBillingInvoiceIssuedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: billingAbi,
    eventName: 'InvoiceIssued',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link billingAbi}__ and `eventName` set to `"TariffSet"`
 */
export const useWatchBillingTariffSetEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: billingAbi,
    eventName: 'TariffSet',
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
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link compensationTableAbi}__
 */
export const useReadCompensationTable = /*#__PURE__*/ createUseReadContract({
  abi: compensationTableAbi,
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"MAX_BATCH"`
 */
export const useReadCompensationTableMaxBatch =
  /*#__PURE__*/ createUseReadContract({
    abi: compensationTableAbi,
    functionName: 'MAX_BATCH',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"MAX_EXPENSE"`
 */
export const useReadCompensationTableMaxExpense =
  /*#__PURE__*/ createUseReadContract({
    abi: compensationTableAbi,
    functionName: 'MAX_EXPENSE',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"MAX_GENESIS_DELAY"`
 */
export const useReadCompensationTableMaxGenesisDelay =
  /*#__PURE__*/ createUseReadContract({
    abi: compensationTableAbi,
    functionName: 'MAX_GENESIS_DELAY',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"MAX_PERIOD_LENGTH"`
 */
export const useReadCompensationTableMaxPeriodLength =
  /*#__PURE__*/ createUseReadContract({
    abi: compensationTableAbi,
    functionName: 'MAX_PERIOD_LENGTH',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"MAX_PLATFORM_FEE_BPS"`
 */
export const useReadCompensationTableMaxPlatformFeeBps =
  /*#__PURE__*/ createUseReadContract({
    abi: compensationTableAbi,
    functionName: 'MAX_PLATFORM_FEE_BPS',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"MAX_RECORDS_PER_CALL"`
 */
export const useReadCompensationTableMaxRecordsPerCall =
  /*#__PURE__*/ createUseReadContract({
    abi: compensationTableAbi,
    functionName: 'MAX_RECORDS_PER_CALL',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"MAX_SCAN_WORDS"`
 */
export const useReadCompensationTableMaxScanWords =
  /*#__PURE__*/ createUseReadContract({
    abi: compensationTableAbi,
    functionName: 'MAX_SCAN_WORDS',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"MAX_WINDOW"`
 */
export const useReadCompensationTableMaxWindow =
  /*#__PURE__*/ createUseReadContract({
    abi: compensationTableAbi,
    functionName: 'MAX_WINDOW',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"MIN_PERIOD_LENGTH"`
 */
export const useReadCompensationTableMinPeriodLength =
  /*#__PURE__*/ createUseReadContract({
    abi: compensationTableAbi,
    functionName: 'MIN_PERIOD_LENGTH',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"MIN_WINDOW"`
 */
export const useReadCompensationTableMinWindow =
  /*#__PURE__*/ createUseReadContract({
    abi: compensationTableAbi,
    functionName: 'MIN_WINDOW',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"claimableOf"`
 */
export const useReadCompensationTableClaimableOf =
  /*#__PURE__*/ createUseReadContract({
    abi: compensationTableAbi,
    functionName: 'claimableOf',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"currentPeriod"`
 */
export const useReadCompensationTableCurrentPeriod =
  /*#__PURE__*/ createUseReadContract({
    abi: compensationTableAbi,
    functionName: 'currentPeriod',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"entryOf"`
 */
export const useReadCompensationTableEntryOf =
  /*#__PURE__*/ createUseReadContract({
    abi: compensationTableAbi,
    functionName: 'entryOf',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"genesis"`
 */
export const useReadCompensationTableGenesis =
  /*#__PURE__*/ createUseReadContract({
    abi: compensationTableAbi,
    functionName: 'genesis',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"graceWindow"`
 */
export const useReadCompensationTableGraceWindow =
  /*#__PURE__*/ createUseReadContract({
    abi: compensationTableAbi,
    functionName: 'graceWindow',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"hasUnsettledDebt"`
 */
export const useReadCompensationTableHasUnsettledDebt =
  /*#__PURE__*/ createUseReadContract({
    abi: compensationTableAbi,
    functionName: 'hasUnsettledDebt',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"netPositionOf"`
 */
export const useReadCompensationTableNetPositionOf =
  /*#__PURE__*/ createUseReadContract({
    abi: compensationTableAbi,
    functionName: 'netPositionOf',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"nextPeriodToClose"`
 */
export const useReadCompensationTableNextPeriodToClose =
  /*#__PURE__*/ createUseReadContract({
    abi: compensationTableAbi,
    functionName: 'nextPeriodToClose',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"periodLength"`
 */
export const useReadCompensationTablePeriodLength =
  /*#__PURE__*/ createUseReadContract({
    abi: compensationTableAbi,
    functionName: 'periodLength',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"periodTotals"`
 */
export const useReadCompensationTablePeriodTotals =
  /*#__PURE__*/ createUseReadContract({
    abi: compensationTableAbi,
    functionName: 'periodTotals',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"phaseOf"`
 */
export const useReadCompensationTablePhaseOf =
  /*#__PURE__*/ createUseReadContract({
    abi: compensationTableAbi,
    functionName: 'phaseOf',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"platform"`
 */
export const useReadCompensationTablePlatform =
  /*#__PURE__*/ createUseReadContract({
    abi: compensationTableAbi,
    functionName: 'platform',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"platformFeeBps"`
 */
export const useReadCompensationTablePlatformFeeBps =
  /*#__PURE__*/ createUseReadContract({
    abi: compensationTableAbi,
    functionName: 'platformFeeBps',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"positionOf"`
 */
export const useReadCompensationTablePositionOf =
  /*#__PURE__*/ createUseReadContract({
    abi: compensationTableAbi,
    functionName: 'positionOf',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"recordingWindow"`
 */
export const useReadCompensationTableRecordingWindow =
  /*#__PURE__*/ createUseReadContract({
    abi: compensationTableAbi,
    functionName: 'recordingWindow',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"reviewWindow"`
 */
export const useReadCompensationTableReviewWindow =
  /*#__PURE__*/ createUseReadContract({
    abi: compensationTableAbi,
    functionName: 'reviewWindow',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"settlementToken"`
 */
export const useReadCompensationTableSettlementToken =
  /*#__PURE__*/ createUseReadContract({
    abi: compensationTableAbi,
    functionName: 'settlementToken',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"unsettledDebtCount"`
 */
export const useReadCompensationTableUnsettledDebtCount =
  /*#__PURE__*/ createUseReadContract({
    abi: compensationTableAbi,
    functionName: 'unsettledDebtCount',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link compensationTableAbi}__
 */
export const useWriteCompensationTable = /*#__PURE__*/ createUseWriteContract({
  abi: compensationTableAbi,
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"claim"`
 */
export const useWriteCompensationTableClaim =
  /*#__PURE__*/ createUseWriteContract({
    abi: compensationTableAbi,
    functionName: 'claim',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"close"`
 */
export const useWriteCompensationTableClose =
  /*#__PURE__*/ createUseWriteContract({
    abi: compensationTableAbi,
    functionName: 'close',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"countConsumption"`
 */
export const useWriteCompensationTableCountConsumption =
  /*#__PURE__*/ createUseWriteContract({
    abi: compensationTableAbi,
    functionName: 'countConsumption',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"creditExpense"`
 */
export const useWriteCompensationTableCreditExpense =
  /*#__PURE__*/ createUseWriteContract({
    abi: compensationTableAbi,
    functionName: 'creditExpense',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"recordPositions"`
 */
export const useWriteCompensationTableRecordPositions =
  /*#__PURE__*/ createUseWriteContract({
    abi: compensationTableAbi,
    functionName: 'recordPositions',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"recordPositionsOf"`
 */
export const useWriteCompensationTableRecordPositionsOf =
  /*#__PURE__*/ createUseWriteContract({
    abi: compensationTableAbi,
    functionName: 'recordPositionsOf',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"settle"`
 */
export const useWriteCompensationTableSettle =
  /*#__PURE__*/ createUseWriteContract({
    abi: compensationTableAbi,
    functionName: 'settle',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"withholdConsumption"`
 */
export const useWriteCompensationTableWithholdConsumption =
  /*#__PURE__*/ createUseWriteContract({
    abi: compensationTableAbi,
    functionName: 'withholdConsumption',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link compensationTableAbi}__
 */
export const useSimulateCompensationTable =
  /*#__PURE__*/ createUseSimulateContract({ abi: compensationTableAbi })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"claim"`
 */
export const useSimulateCompensationTableClaim =
  /*#__PURE__*/ createUseSimulateContract({
    abi: compensationTableAbi,
    functionName: 'claim',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"close"`
 */
export const useSimulateCompensationTableClose =
  /*#__PURE__*/ createUseSimulateContract({
    abi: compensationTableAbi,
    functionName: 'close',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"countConsumption"`
 */
export const useSimulateCompensationTableCountConsumption =
  /*#__PURE__*/ createUseSimulateContract({
    abi: compensationTableAbi,
    functionName: 'countConsumption',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"creditExpense"`
 */
export const useSimulateCompensationTableCreditExpense =
  /*#__PURE__*/ createUseSimulateContract({
    abi: compensationTableAbi,
    functionName: 'creditExpense',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"recordPositions"`
 */
export const useSimulateCompensationTableRecordPositions =
  /*#__PURE__*/ createUseSimulateContract({
    abi: compensationTableAbi,
    functionName: 'recordPositions',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"recordPositionsOf"`
 */
export const useSimulateCompensationTableRecordPositionsOf =
  /*#__PURE__*/ createUseSimulateContract({
    abi: compensationTableAbi,
    functionName: 'recordPositionsOf',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"settle"`
 */
export const useSimulateCompensationTableSettle =
  /*#__PURE__*/ createUseSimulateContract({
    abi: compensationTableAbi,
    functionName: 'settle',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link compensationTableAbi}__ and `functionName` set to `"withholdConsumption"`
 */
export const useSimulateCompensationTableWithholdConsumption =
  /*#__PURE__*/ createUseSimulateContract({
    abi: compensationTableAbi,
    functionName: 'withholdConsumption',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link compensationTableAbi}__
 */
export const useWatchCompensationTableEvent =
  /*#__PURE__*/ createUseWatchContractEvent({ abi: compensationTableAbi })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link compensationTableAbi}__ and `eventName` set to `"ConsumptionCarried"`
 */
export const useWatchCompensationTableConsumptionCarriedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: compensationTableAbi,
    eventName: 'ConsumptionCarried',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link compensationTableAbi}__ and `eventName` set to `"ConsumptionCounted"`
 */
export const useWatchCompensationTableConsumptionCountedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: compensationTableAbi,
    eventName: 'ConsumptionCounted',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link compensationTableAbi}__ and `eventName` set to `"ConsumptionWithheld"`
 */
export const useWatchCompensationTableConsumptionWithheldEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: compensationTableAbi,
    eventName: 'ConsumptionWithheld',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link compensationTableAbi}__ and `eventName` set to `"CreditClaimed"`
 */
export const useWatchCompensationTableCreditClaimedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: compensationTableAbi,
    eventName: 'CreditClaimed',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link compensationTableAbi}__ and `eventName` set to `"DebtSettled"`
 */
export const useWatchCompensationTableDebtSettledEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: compensationTableAbi,
    eventName: 'DebtSettled',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link compensationTableAbi}__ and `eventName` set to `"ExpenseCredited"`
 */
export const useWatchCompensationTableExpenseCreditedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: compensationTableAbi,
    eventName: 'ExpenseCredited',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link compensationTableAbi}__ and `eventName` set to `"PeriodClosed"`
 */
export const useWatchCompensationTablePeriodClosedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: compensationTableAbi,
    eventName: 'PeriodClosed',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link compensationTableAbi}__ and `eventName` set to `"PositionRecorded"`
 */
export const useWatchCompensationTablePositionRecordedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: compensationTableAbi,
    eventName: 'PositionRecorded',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link consumptionLedgerAbi}__
 */
export const useReadConsumptionLedger = /*#__PURE__*/ createUseReadContract({
  abi: consumptionLedgerAbi,
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link consumptionLedgerAbi}__ and `functionName` set to `"MAX_CONSUMPTION"`
 */
export const useReadConsumptionLedgerMaxConsumption =
  /*#__PURE__*/ createUseReadContract({
    abi: consumptionLedgerAbi,
    functionName: 'MAX_CONSUMPTION',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link consumptionLedgerAbi}__ and `functionName` set to `"countedConsumption"`
 */
export const useReadConsumptionLedgerCountedConsumption =
  /*#__PURE__*/ createUseReadContract({
    abi: consumptionLedgerAbi,
    functionName: 'countedConsumption',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link consumptionLedgerAbi}__ and `functionName` set to `"recordOf"`
 */
export const useReadConsumptionLedgerRecordOf =
  /*#__PURE__*/ createUseReadContract({
    abi: consumptionLedgerAbi,
    functionName: 'recordOf',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link consumptionLedgerAbi}__ and `functionName` set to `"recordOfSubject"`
 */
export const useReadConsumptionLedgerRecordOfSubject =
  /*#__PURE__*/ createUseReadContract({
    abi: consumptionLedgerAbi,
    functionName: 'recordOfSubject',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link consumptionLedgerAbi}__ and `functionName` set to `"subjectIdOf"`
 */
export const useReadConsumptionLedgerSubjectIdOf =
  /*#__PURE__*/ createUseReadContract({
    abi: consumptionLedgerAbi,
    functionName: 'subjectIdOf',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link consumptionLedgerAbi}__
 */
export const useWriteConsumptionLedger = /*#__PURE__*/ createUseWriteContract({
  abi: consumptionLedgerAbi,
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link consumptionLedgerAbi}__ and `functionName` set to `"onDisputeOpened"`
 */
export const useWriteConsumptionLedgerOnDisputeOpened =
  /*#__PURE__*/ createUseWriteContract({
    abi: consumptionLedgerAbi,
    functionName: 'onDisputeOpened',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link consumptionLedgerAbi}__ and `functionName` set to `"onDisputeResolved"`
 */
export const useWriteConsumptionLedgerOnDisputeResolved =
  /*#__PURE__*/ createUseWriteContract({
    abi: consumptionLedgerAbi,
    functionName: 'onDisputeResolved',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link consumptionLedgerAbi}__ and `functionName` set to `"recordConsumption"`
 */
export const useWriteConsumptionLedgerRecordConsumption =
  /*#__PURE__*/ createUseWriteContract({
    abi: consumptionLedgerAbi,
    functionName: 'recordConsumption',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link consumptionLedgerAbi}__ and `functionName` set to `"validateConsumption"`
 */
export const useWriteConsumptionLedgerValidateConsumption =
  /*#__PURE__*/ createUseWriteContract({
    abi: consumptionLedgerAbi,
    functionName: 'validateConsumption',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link consumptionLedgerAbi}__
 */
export const useSimulateConsumptionLedger =
  /*#__PURE__*/ createUseSimulateContract({ abi: consumptionLedgerAbi })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link consumptionLedgerAbi}__ and `functionName` set to `"onDisputeOpened"`
 */
export const useSimulateConsumptionLedgerOnDisputeOpened =
  /*#__PURE__*/ createUseSimulateContract({
    abi: consumptionLedgerAbi,
    functionName: 'onDisputeOpened',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link consumptionLedgerAbi}__ and `functionName` set to `"onDisputeResolved"`
 */
export const useSimulateConsumptionLedgerOnDisputeResolved =
  /*#__PURE__*/ createUseSimulateContract({
    abi: consumptionLedgerAbi,
    functionName: 'onDisputeResolved',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link consumptionLedgerAbi}__ and `functionName` set to `"recordConsumption"`
 */
export const useSimulateConsumptionLedgerRecordConsumption =
  /*#__PURE__*/ createUseSimulateContract({
    abi: consumptionLedgerAbi,
    functionName: 'recordConsumption',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link consumptionLedgerAbi}__ and `functionName` set to `"validateConsumption"`
 */
export const useSimulateConsumptionLedgerValidateConsumption =
  /*#__PURE__*/ createUseSimulateContract({
    abi: consumptionLedgerAbi,
    functionName: 'validateConsumption',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link consumptionLedgerAbi}__
 */
export const useWatchConsumptionLedgerEvent =
  /*#__PURE__*/ createUseWatchContractEvent({ abi: consumptionLedgerAbi })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link consumptionLedgerAbi}__ and `eventName` set to `"ConsumptionDisputed"`
 */
export const useWatchConsumptionLedgerConsumptionDisputedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: consumptionLedgerAbi,
    eventName: 'ConsumptionDisputed',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link consumptionLedgerAbi}__ and `eventName` set to `"ConsumptionRecorded"`
 */
export const useWatchConsumptionLedgerConsumptionRecordedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: consumptionLedgerAbi,
    eventName: 'ConsumptionRecorded',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link consumptionLedgerAbi}__ and `eventName` set to `"ConsumptionRuled"`
 */
export const useWatchConsumptionLedgerConsumptionRuledEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: consumptionLedgerAbi,
    eventName: 'ConsumptionRuled',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link consumptionLedgerAbi}__ and `eventName` set to `"ConsumptionValidated"`
 */
export const useWatchConsumptionLedgerConsumptionValidatedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: consumptionLedgerAbi,
    eventName: 'ConsumptionValidated',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link disputeCourtAbi}__
 */
export const useReadDisputeCourt = /*#__PURE__*/ createUseReadContract({
  abi: disputeCourtAbi,
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"DEFAULT_ADMIN_ROLE"`
 */
export const useReadDisputeCourtDefaultAdminRole =
  /*#__PURE__*/ createUseReadContract({
    abi: disputeCourtAbi,
    functionName: 'DEFAULT_ADMIN_ROLE',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"MAX_RESOLVERS"`
 */
export const useReadDisputeCourtMaxResolvers =
  /*#__PURE__*/ createUseReadContract({
    abi: disputeCourtAbi,
    functionName: 'MAX_RESOLVERS',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"MIN_RESOLVERS"`
 */
export const useReadDisputeCourtMinResolvers =
  /*#__PURE__*/ createUseReadContract({
    abi: disputeCourtAbi,
    functionName: 'MIN_RESOLVERS',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"RESOLVER_MANAGER_ROLE"`
 */
export const useReadDisputeCourtResolverManagerRole =
  /*#__PURE__*/ createUseReadContract({
    abi: disputeCourtAbi,
    functionName: 'RESOLVER_MANAGER_ROLE',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"consumptionLedger"`
 */
export const useReadDisputeCourtConsumptionLedger =
  /*#__PURE__*/ createUseReadContract({
    abi: disputeCourtAbi,
    functionName: 'consumptionLedger',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"deadlinesOf"`
 */
export const useReadDisputeCourtDeadlinesOf =
  /*#__PURE__*/ createUseReadContract({
    abi: disputeCourtAbi,
    functionName: 'deadlinesOf',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"disputeCount"`
 */
export const useReadDisputeCourtDisputeCount =
  /*#__PURE__*/ createUseReadContract({
    abi: disputeCourtAbi,
    functionName: 'disputeCount',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"earningsOf"`
 */
export const useReadDisputeCourtEarningsOf =
  /*#__PURE__*/ createUseReadContract({
    abi: disputeCourtAbi,
    functionName: 'earningsOf',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"expenseLedger"`
 */
export const useReadDisputeCourtExpenseLedger =
  /*#__PURE__*/ createUseReadContract({
    abi: disputeCourtAbi,
    functionName: 'expenseLedger',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"getDispute"`
 */
export const useReadDisputeCourtGetDispute =
  /*#__PURE__*/ createUseReadContract({
    abi: disputeCourtAbi,
    functionName: 'getDispute',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"getResolvers"`
 */
export const useReadDisputeCourtGetResolvers =
  /*#__PURE__*/ createUseReadContract({
    abi: disputeCourtAbi,
    functionName: 'getResolvers',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"getRoleAdmin"`
 */
export const useReadDisputeCourtGetRoleAdmin =
  /*#__PURE__*/ createUseReadContract({
    abi: disputeCourtAbi,
    functionName: 'getRoleAdmin',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"hasRole"`
 */
export const useReadDisputeCourtHasRole = /*#__PURE__*/ createUseReadContract({
  abi: disputeCourtAbi,
  functionName: 'hasRole',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"isResolver"`
 */
export const useReadDisputeCourtIsResolver =
  /*#__PURE__*/ createUseReadContract({
    abi: disputeCourtAbi,
    functionName: 'isResolver',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"participantRegistry"`
 */
export const useReadDisputeCourtParticipantRegistry =
  /*#__PURE__*/ createUseReadContract({
    abi: disputeCourtAbi,
    functionName: 'participantRegistry',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"settlementToken"`
 */
export const useReadDisputeCourtSettlementToken =
  /*#__PURE__*/ createUseReadContract({
    abi: disputeCourtAbi,
    functionName: 'settlementToken',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"stageFee"`
 */
export const useReadDisputeCourtStageFee = /*#__PURE__*/ createUseReadContract({
  abi: disputeCourtAbi,
  functionName: 'stageFee',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"supportsInterface"`
 */
export const useReadDisputeCourtSupportsInterface =
  /*#__PURE__*/ createUseReadContract({
    abi: disputeCourtAbi,
    functionName: 'supportsInterface',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"windows"`
 */
export const useReadDisputeCourtWindows = /*#__PURE__*/ createUseReadContract({
  abi: disputeCourtAbi,
  functionName: 'windows',
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link disputeCourtAbi}__
 */
export const useWriteDisputeCourt = /*#__PURE__*/ createUseWriteContract({
  abi: disputeCourtAbi,
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"addResolver"`
 */
export const useWriteDisputeCourtAddResolver =
  /*#__PURE__*/ createUseWriteContract({
    abi: disputeCourtAbi,
    functionName: 'addResolver',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"assignResolver"`
 */
export const useWriteDisputeCourtAssignResolver =
  /*#__PURE__*/ createUseWriteContract({
    abi: disputeCourtAbi,
    functionName: 'assignResolver',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"decide"`
 */
export const useWriteDisputeCourtDecide = /*#__PURE__*/ createUseWriteContract({
  abi: disputeCourtAbi,
  functionName: 'decide',
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"escalate"`
 */
export const useWriteDisputeCourtEscalate =
  /*#__PURE__*/ createUseWriteContract({
    abi: disputeCourtAbi,
    functionName: 'escalate',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"finalize"`
 */
export const useWriteDisputeCourtFinalize =
  /*#__PURE__*/ createUseWriteContract({
    abi: disputeCourtAbi,
    functionName: 'finalize',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"grantRole"`
 */
export const useWriteDisputeCourtGrantRole =
  /*#__PURE__*/ createUseWriteContract({
    abi: disputeCourtAbi,
    functionName: 'grantRole',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"openClaim"`
 */
export const useWriteDisputeCourtOpenClaim =
  /*#__PURE__*/ createUseWriteContract({
    abi: disputeCourtAbi,
    functionName: 'openClaim',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"openDispute"`
 */
export const useWriteDisputeCourtOpenDispute =
  /*#__PURE__*/ createUseWriteContract({
    abi: disputeCourtAbi,
    functionName: 'openDispute',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"removeResolver"`
 */
export const useWriteDisputeCourtRemoveResolver =
  /*#__PURE__*/ createUseWriteContract({
    abi: disputeCourtAbi,
    functionName: 'removeResolver',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"renounceRole"`
 */
export const useWriteDisputeCourtRenounceRole =
  /*#__PURE__*/ createUseWriteContract({
    abi: disputeCourtAbi,
    functionName: 'renounceRole',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"replaceResolver"`
 */
export const useWriteDisputeCourtReplaceResolver =
  /*#__PURE__*/ createUseWriteContract({
    abi: disputeCourtAbi,
    functionName: 'replaceResolver',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"respond"`
 */
export const useWriteDisputeCourtRespond = /*#__PURE__*/ createUseWriteContract(
  { abi: disputeCourtAbi, functionName: 'respond' },
)

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"revokeRole"`
 */
export const useWriteDisputeCourtRevokeRole =
  /*#__PURE__*/ createUseWriteContract({
    abi: disputeCourtAbi,
    functionName: 'revokeRole',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"withdrawEarnings"`
 */
export const useWriteDisputeCourtWithdrawEarnings =
  /*#__PURE__*/ createUseWriteContract({
    abi: disputeCourtAbi,
    functionName: 'withdrawEarnings',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"withdrawRefund"`
 */
export const useWriteDisputeCourtWithdrawRefund =
  /*#__PURE__*/ createUseWriteContract({
    abi: disputeCourtAbi,
    functionName: 'withdrawRefund',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link disputeCourtAbi}__
 */
export const useSimulateDisputeCourt = /*#__PURE__*/ createUseSimulateContract({
  abi: disputeCourtAbi,
})

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"addResolver"`
 */
export const useSimulateDisputeCourtAddResolver =
  /*#__PURE__*/ createUseSimulateContract({
    abi: disputeCourtAbi,
    functionName: 'addResolver',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"assignResolver"`
 */
export const useSimulateDisputeCourtAssignResolver =
  /*#__PURE__*/ createUseSimulateContract({
    abi: disputeCourtAbi,
    functionName: 'assignResolver',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"decide"`
 */
export const useSimulateDisputeCourtDecide =
  /*#__PURE__*/ createUseSimulateContract({
    abi: disputeCourtAbi,
    functionName: 'decide',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"escalate"`
 */
export const useSimulateDisputeCourtEscalate =
  /*#__PURE__*/ createUseSimulateContract({
    abi: disputeCourtAbi,
    functionName: 'escalate',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"finalize"`
 */
export const useSimulateDisputeCourtFinalize =
  /*#__PURE__*/ createUseSimulateContract({
    abi: disputeCourtAbi,
    functionName: 'finalize',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"grantRole"`
 */
export const useSimulateDisputeCourtGrantRole =
  /*#__PURE__*/ createUseSimulateContract({
    abi: disputeCourtAbi,
    functionName: 'grantRole',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"openClaim"`
 */
export const useSimulateDisputeCourtOpenClaim =
  /*#__PURE__*/ createUseSimulateContract({
    abi: disputeCourtAbi,
    functionName: 'openClaim',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"openDispute"`
 */
export const useSimulateDisputeCourtOpenDispute =
  /*#__PURE__*/ createUseSimulateContract({
    abi: disputeCourtAbi,
    functionName: 'openDispute',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"removeResolver"`
 */
export const useSimulateDisputeCourtRemoveResolver =
  /*#__PURE__*/ createUseSimulateContract({
    abi: disputeCourtAbi,
    functionName: 'removeResolver',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"renounceRole"`
 */
export const useSimulateDisputeCourtRenounceRole =
  /*#__PURE__*/ createUseSimulateContract({
    abi: disputeCourtAbi,
    functionName: 'renounceRole',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"replaceResolver"`
 */
export const useSimulateDisputeCourtReplaceResolver =
  /*#__PURE__*/ createUseSimulateContract({
    abi: disputeCourtAbi,
    functionName: 'replaceResolver',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"respond"`
 */
export const useSimulateDisputeCourtRespond =
  /*#__PURE__*/ createUseSimulateContract({
    abi: disputeCourtAbi,
    functionName: 'respond',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"revokeRole"`
 */
export const useSimulateDisputeCourtRevokeRole =
  /*#__PURE__*/ createUseSimulateContract({
    abi: disputeCourtAbi,
    functionName: 'revokeRole',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"withdrawEarnings"`
 */
export const useSimulateDisputeCourtWithdrawEarnings =
  /*#__PURE__*/ createUseSimulateContract({
    abi: disputeCourtAbi,
    functionName: 'withdrawEarnings',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link disputeCourtAbi}__ and `functionName` set to `"withdrawRefund"`
 */
export const useSimulateDisputeCourtWithdrawRefund =
  /*#__PURE__*/ createUseSimulateContract({
    abi: disputeCourtAbi,
    functionName: 'withdrawRefund',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link disputeCourtAbi}__
 */
export const useWatchDisputeCourtEvent =
  /*#__PURE__*/ createUseWatchContractEvent({ abi: disputeCourtAbi })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link disputeCourtAbi}__ and `eventName` set to `"DisputeDecided"`
 */
export const useWatchDisputeCourtDisputeDecidedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: disputeCourtAbi,
    eventName: 'DisputeDecided',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link disputeCourtAbi}__ and `eventName` set to `"DisputeEscalated"`
 */
export const useWatchDisputeCourtDisputeEscalatedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: disputeCourtAbi,
    eventName: 'DisputeEscalated',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link disputeCourtAbi}__ and `eventName` set to `"DisputeOpened"`
 */
export const useWatchDisputeCourtDisputeOpenedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: disputeCourtAbi,
    eventName: 'DisputeOpened',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link disputeCourtAbi}__ and `eventName` set to `"DisputeResolved"`
 */
export const useWatchDisputeCourtDisputeResolvedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: disputeCourtAbi,
    eventName: 'DisputeResolved',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link disputeCourtAbi}__ and `eventName` set to `"DisputeResponded"`
 */
export const useWatchDisputeCourtDisputeRespondedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: disputeCourtAbi,
    eventName: 'DisputeResponded',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link disputeCourtAbi}__ and `eventName` set to `"EarningsWithdrawn"`
 */
export const useWatchDisputeCourtEarningsWithdrawnEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: disputeCourtAbi,
    eventName: 'EarningsWithdrawn',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link disputeCourtAbi}__ and `eventName` set to `"RefundWithdrawn"`
 */
export const useWatchDisputeCourtRefundWithdrawnEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: disputeCourtAbi,
    eventName: 'RefundWithdrawn',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link disputeCourtAbi}__ and `eventName` set to `"ResolverAdded"`
 */
export const useWatchDisputeCourtResolverAddedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: disputeCourtAbi,
    eventName: 'ResolverAdded',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link disputeCourtAbi}__ and `eventName` set to `"ResolverAssigned"`
 */
export const useWatchDisputeCourtResolverAssignedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: disputeCourtAbi,
    eventName: 'ResolverAssigned',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link disputeCourtAbi}__ and `eventName` set to `"ResolverMissedDeadline"`
 */
export const useWatchDisputeCourtResolverMissedDeadlineEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: disputeCourtAbi,
    eventName: 'ResolverMissedDeadline',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link disputeCourtAbi}__ and `eventName` set to `"ResolverRemoved"`
 */
export const useWatchDisputeCourtResolverRemovedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: disputeCourtAbi,
    eventName: 'ResolverRemoved',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link disputeCourtAbi}__ and `eventName` set to `"ResolverSeedRenewed"`
 */
export const useWatchDisputeCourtResolverSeedRenewedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: disputeCourtAbi,
    eventName: 'ResolverSeedRenewed',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link disputeCourtAbi}__ and `eventName` set to `"RoleAdminChanged"`
 */
export const useWatchDisputeCourtRoleAdminChangedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: disputeCourtAbi,
    eventName: 'RoleAdminChanged',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link disputeCourtAbi}__ and `eventName` set to `"RoleGranted"`
 */
export const useWatchDisputeCourtRoleGrantedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: disputeCourtAbi,
    eventName: 'RoleGranted',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link disputeCourtAbi}__ and `eventName` set to `"RoleRevoked"`
 */
export const useWatchDisputeCourtRoleRevokedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: disputeCourtAbi,
    eventName: 'RoleRevoked',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link expenseLedgerAbi}__
 */
export const useReadExpenseLedger = /*#__PURE__*/ createUseReadContract({
  abi: expenseLedgerAbi,
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"DISPUTE_WINDOW"`
 */
export const useReadExpenseLedgerDisputeWindow =
  /*#__PURE__*/ createUseReadContract({
    abi: expenseLedgerAbi,
    functionName: 'DISPUTE_WINDOW',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"DRAW_DELAY"`
 */
export const useReadExpenseLedgerDrawDelay =
  /*#__PURE__*/ createUseReadContract({
    abi: expenseLedgerAbi,
    functionName: 'DRAW_DELAY',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"MAX_AMOUNT"`
 */
export const useReadExpenseLedgerMaxAmount =
  /*#__PURE__*/ createUseReadContract({
    abi: expenseLedgerAbi,
    functionName: 'MAX_AMOUNT',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"MAX_ANSWER_WINDOW"`
 */
export const useReadExpenseLedgerMaxAnswerWindow =
  /*#__PURE__*/ createUseReadContract({
    abi: expenseLedgerAbi,
    functionName: 'MAX_ANSWER_WINDOW',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"MAX_DEPOSIT"`
 */
export const useReadExpenseLedgerMaxDeposit =
  /*#__PURE__*/ createUseReadContract({
    abi: expenseLedgerAbi,
    functionName: 'MAX_DEPOSIT',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"MAX_DRAW_ATTEMPTS"`
 */
export const useReadExpenseLedgerMaxDrawAttempts =
  /*#__PURE__*/ createUseReadContract({
    abi: expenseLedgerAbi,
    functionName: 'MAX_DRAW_ATTEMPTS',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"MAX_REVIEW_FEE"`
 */
export const useReadExpenseLedgerMaxReviewFee =
  /*#__PURE__*/ createUseReadContract({
    abi: expenseLedgerAbi,
    functionName: 'MAX_REVIEW_FEE',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"MIN_ANSWER_WINDOW"`
 */
export const useReadExpenseLedgerMinAnswerWindow =
  /*#__PURE__*/ createUseReadContract({
    abi: expenseLedgerAbi,
    functionName: 'MIN_ANSWER_WINDOW',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"QUORUM"`
 */
export const useReadExpenseLedgerQuorum = /*#__PURE__*/ createUseReadContract({
  abi: expenseLedgerAbi,
  functionName: 'QUORUM',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"REVIEWERS"`
 */
export const useReadExpenseLedgerReviewers =
  /*#__PURE__*/ createUseReadContract({
    abi: expenseLedgerAbi,
    functionName: 'REVIEWERS',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"answerWindow"`
 */
export const useReadExpenseLedgerAnswerWindow =
  /*#__PURE__*/ createUseReadContract({
    abi: expenseLedgerAbi,
    functionName: 'answerWindow',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"court"`
 */
export const useReadExpenseLedgerCourt = /*#__PURE__*/ createUseReadContract({
  abi: expenseLedgerAbi,
  functionName: 'court',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"deposit"`
 */
export const useReadExpenseLedgerDeposit = /*#__PURE__*/ createUseReadContract({
  abi: expenseLedgerAbi,
  functionName: 'deposit',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"eligibleReviewerCount"`
 */
export const useReadExpenseLedgerEligibleReviewerCount =
  /*#__PURE__*/ createUseReadContract({
    abi: expenseLedgerAbi,
    functionName: 'eligibleReviewerCount',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"entityHashOf"`
 */
export const useReadExpenseLedgerEntityHashOf =
  /*#__PURE__*/ createUseReadContract({
    abi: expenseLedgerAbi,
    functionName: 'entityHashOf',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"expenseCount"`
 */
export const useReadExpenseLedgerExpenseCount =
  /*#__PURE__*/ createUseReadContract({
    abi: expenseLedgerAbi,
    functionName: 'expenseCount',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"expenseOfInvoice"`
 */
export const useReadExpenseLedgerExpenseOfInvoice =
  /*#__PURE__*/ createUseReadContract({
    abi: expenseLedgerAbi,
    functionName: 'expenseOfInvoice',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"getExpense"`
 */
export const useReadExpenseLedgerGetExpense =
  /*#__PURE__*/ createUseReadContract({
    abi: expenseLedgerAbi,
    functionName: 'getExpense',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"isEligibleReviewer"`
 */
export const useReadExpenseLedgerIsEligibleReviewer =
  /*#__PURE__*/ createUseReadContract({
    abi: expenseLedgerAbi,
    functionName: 'isEligibleReviewer',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"participants"`
 */
export const useReadExpenseLedgerParticipants =
  /*#__PURE__*/ createUseReadContract({
    abi: expenseLedgerAbi,
    functionName: 'participants',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"platform"`
 */
export const useReadExpenseLedgerPlatform = /*#__PURE__*/ createUseReadContract(
  { abi: expenseLedgerAbi, functionName: 'platform' },
)

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"reviewFee"`
 */
export const useReadExpenseLedgerReviewFee =
  /*#__PURE__*/ createUseReadContract({
    abi: expenseLedgerAbi,
    functionName: 'reviewFee',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"reviewersOf"`
 */
export const useReadExpenseLedgerReviewersOf =
  /*#__PURE__*/ createUseReadContract({
    abi: expenseLedgerAbi,
    functionName: 'reviewersOf',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"settlementToken"`
 */
export const useReadExpenseLedgerSettlementToken =
  /*#__PURE__*/ createUseReadContract({
    abi: expenseLedgerAbi,
    functionName: 'settlementToken',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"table"`
 */
export const useReadExpenseLedgerTable = /*#__PURE__*/ createUseReadContract({
  abi: expenseLedgerAbi,
  functionName: 'table',
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link expenseLedgerAbi}__
 */
export const useWriteExpenseLedger = /*#__PURE__*/ createUseWriteContract({
  abi: expenseLedgerAbi,
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"declare"`
 */
export const useWriteExpenseLedgerDeclare =
  /*#__PURE__*/ createUseWriteContract({
    abi: expenseLedgerAbi,
    functionName: 'declare',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"draw"`
 */
export const useWriteExpenseLedgerDraw = /*#__PURE__*/ createUseWriteContract({
  abi: expenseLedgerAbi,
  functionName: 'draw',
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"onDisputeOpened"`
 */
export const useWriteExpenseLedgerOnDisputeOpened =
  /*#__PURE__*/ createUseWriteContract({
    abi: expenseLedgerAbi,
    functionName: 'onDisputeOpened',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"onDisputeResolved"`
 */
export const useWriteExpenseLedgerOnDisputeResolved =
  /*#__PURE__*/ createUseWriteContract({
    abi: expenseLedgerAbi,
    functionName: 'onDisputeResolved',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"redraw"`
 */
export const useWriteExpenseLedgerRedraw = /*#__PURE__*/ createUseWriteContract(
  { abi: expenseLedgerAbi, functionName: 'redraw' },
)

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"registerEntity"`
 */
export const useWriteExpenseLedgerRegisterEntity =
  /*#__PURE__*/ createUseWriteContract({
    abi: expenseLedgerAbi,
    functionName: 'registerEntity',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"reject"`
 */
export const useWriteExpenseLedgerReject = /*#__PURE__*/ createUseWriteContract(
  { abi: expenseLedgerAbi, functionName: 'reject' },
)

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"releaseDeposit"`
 */
export const useWriteExpenseLedgerReleaseDeposit =
  /*#__PURE__*/ createUseWriteContract({
    abi: expenseLedgerAbi,
    functionName: 'releaseDeposit',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"validate"`
 */
export const useWriteExpenseLedgerValidate =
  /*#__PURE__*/ createUseWriteContract({
    abi: expenseLedgerAbi,
    functionName: 'validate',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link expenseLedgerAbi}__
 */
export const useSimulateExpenseLedger = /*#__PURE__*/ createUseSimulateContract(
  { abi: expenseLedgerAbi },
)

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"declare"`
 */
export const useSimulateExpenseLedgerDeclare =
  /*#__PURE__*/ createUseSimulateContract({
    abi: expenseLedgerAbi,
    functionName: 'declare',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"draw"`
 */
export const useSimulateExpenseLedgerDraw =
  /*#__PURE__*/ createUseSimulateContract({
    abi: expenseLedgerAbi,
    functionName: 'draw',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"onDisputeOpened"`
 */
export const useSimulateExpenseLedgerOnDisputeOpened =
  /*#__PURE__*/ createUseSimulateContract({
    abi: expenseLedgerAbi,
    functionName: 'onDisputeOpened',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"onDisputeResolved"`
 */
export const useSimulateExpenseLedgerOnDisputeResolved =
  /*#__PURE__*/ createUseSimulateContract({
    abi: expenseLedgerAbi,
    functionName: 'onDisputeResolved',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"redraw"`
 */
export const useSimulateExpenseLedgerRedraw =
  /*#__PURE__*/ createUseSimulateContract({
    abi: expenseLedgerAbi,
    functionName: 'redraw',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"registerEntity"`
 */
export const useSimulateExpenseLedgerRegisterEntity =
  /*#__PURE__*/ createUseSimulateContract({
    abi: expenseLedgerAbi,
    functionName: 'registerEntity',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"reject"`
 */
export const useSimulateExpenseLedgerReject =
  /*#__PURE__*/ createUseSimulateContract({
    abi: expenseLedgerAbi,
    functionName: 'reject',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"releaseDeposit"`
 */
export const useSimulateExpenseLedgerReleaseDeposit =
  /*#__PURE__*/ createUseSimulateContract({
    abi: expenseLedgerAbi,
    functionName: 'releaseDeposit',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link expenseLedgerAbi}__ and `functionName` set to `"validate"`
 */
export const useSimulateExpenseLedgerValidate =
  /*#__PURE__*/ createUseSimulateContract({
    abi: expenseLedgerAbi,
    functionName: 'validate',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link expenseLedgerAbi}__
 */
export const useWatchExpenseLedgerEvent =
  /*#__PURE__*/ createUseWatchContractEvent({ abi: expenseLedgerAbi })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link expenseLedgerAbi}__ and `eventName` set to `"DepositReleased"`
 */
export const useWatchExpenseLedgerDepositReleasedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: expenseLedgerAbi,
    eventName: 'DepositReleased',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link expenseLedgerAbi}__ and `eventName` set to `"EntityRegistered"`
 */
export const useWatchExpenseLedgerEntityRegisteredEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: expenseLedgerAbi,
    eventName: 'EntityRegistered',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link expenseLedgerAbi}__ and `eventName` set to `"ExpenseDeclared"`
 */
export const useWatchExpenseLedgerExpenseDeclaredEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: expenseLedgerAbi,
    eventName: 'ExpenseDeclared',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link expenseLedgerAbi}__ and `eventName` set to `"ExpenseDisputed"`
 */
export const useWatchExpenseLedgerExpenseDisputedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: expenseLedgerAbi,
    eventName: 'ExpenseDisputed',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link expenseLedgerAbi}__ and `eventName` set to `"ExpenseDrawDeferred"`
 */
export const useWatchExpenseLedgerExpenseDrawDeferredEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: expenseLedgerAbi,
    eventName: 'ExpenseDrawDeferred',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link expenseLedgerAbi}__ and `eventName` set to `"ExpenseRejected"`
 */
export const useWatchExpenseLedgerExpenseRejectedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: expenseLedgerAbi,
    eventName: 'ExpenseRejected',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link expenseLedgerAbi}__ and `eventName` set to `"ExpenseReviewed"`
 */
export const useWatchExpenseLedgerExpenseReviewedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: expenseLedgerAbi,
    eventName: 'ExpenseReviewed',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link expenseLedgerAbi}__ and `eventName` set to `"ExpenseStatusChanged"`
 */
export const useWatchExpenseLedgerExpenseStatusChangedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: expenseLedgerAbi,
    eventName: 'ExpenseStatusChanged',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link expenseLedgerAbi}__ and `eventName` set to `"ExpenseValidated"`
 */
export const useWatchExpenseLedgerExpenseValidatedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: expenseLedgerAbi,
    eventName: 'ExpenseValidated',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link expenseLedgerAbi}__ and `eventName` set to `"ReviewerDrawn"`
 */
export const useWatchExpenseLedgerReviewerDrawnEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: expenseLedgerAbi,
    eventName: 'ReviewerDrawn',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link expenseLedgerAbi}__ and `eventName` set to `"ReviewerReplaced"`
 */
export const useWatchExpenseLedgerReviewerReplacedEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: expenseLedgerAbi,
    eventName: 'ReviewerReplaced',
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
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link participantRegistryAbi}__ and `functionName` set to `"FEEDER_ROLE"`
 */
export const useReadParticipantRegistryFeederRole =
  /*#__PURE__*/ createUseReadContract({
    abi: participantRegistryAbi,
    functionName: 'FEEDER_ROLE',
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
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link platformTokenAbi}__ and `functionName` set to `"getPastHolding"`
 */
export const useReadPlatformTokenGetPastHolding =
  /*#__PURE__*/ createUseReadContract({
    abi: platformTokenAbi,
    functionName: 'getPastHolding',
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
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link platformTokenSaleAbi}__ and `functionName` set to `"finalizedAt"`
 */
export const useReadPlatformTokenSaleFinalizedAt =
  /*#__PURE__*/ createUseReadContract({
    abi: platformTokenSaleAbi,
    functionName: 'finalizedAt',
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
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link settlementTokenAbi}__
 */
export const useReadSettlementToken = /*#__PURE__*/ createUseReadContract({
  abi: settlementTokenAbi,
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link settlementTokenAbi}__ and `functionName` set to `"FAUCET_CHAIN_ID"`
 */
export const useReadSettlementTokenFaucetChainId =
  /*#__PURE__*/ createUseReadContract({
    abi: settlementTokenAbi,
    functionName: 'FAUCET_CHAIN_ID',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link settlementTokenAbi}__ and `functionName` set to `"FAUCET_MAX"`
 */
export const useReadSettlementTokenFaucetMax =
  /*#__PURE__*/ createUseReadContract({
    abi: settlementTokenAbi,
    functionName: 'FAUCET_MAX',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link settlementTokenAbi}__ and `functionName` set to `"allowance"`
 */
export const useReadSettlementTokenAllowance =
  /*#__PURE__*/ createUseReadContract({
    abi: settlementTokenAbi,
    functionName: 'allowance',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link settlementTokenAbi}__ and `functionName` set to `"balanceOf"`
 */
export const useReadSettlementTokenBalanceOf =
  /*#__PURE__*/ createUseReadContract({
    abi: settlementTokenAbi,
    functionName: 'balanceOf',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link settlementTokenAbi}__ and `functionName` set to `"decimals"`
 */
export const useReadSettlementTokenDecimals =
  /*#__PURE__*/ createUseReadContract({
    abi: settlementTokenAbi,
    functionName: 'decimals',
  })

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link settlementTokenAbi}__ and `functionName` set to `"name"`
 */
export const useReadSettlementTokenName = /*#__PURE__*/ createUseReadContract({
  abi: settlementTokenAbi,
  functionName: 'name',
})

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link settlementTokenAbi}__ and `functionName` set to `"symbol"`
 */
export const useReadSettlementTokenSymbol = /*#__PURE__*/ createUseReadContract(
  { abi: settlementTokenAbi, functionName: 'symbol' },
)

/**
 * Wraps __{@link useReadContract}__ with `abi` set to __{@link settlementTokenAbi}__ and `functionName` set to `"totalSupply"`
 */
export const useReadSettlementTokenTotalSupply =
  /*#__PURE__*/ createUseReadContract({
    abi: settlementTokenAbi,
    functionName: 'totalSupply',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link settlementTokenAbi}__
 */
export const useWriteSettlementToken = /*#__PURE__*/ createUseWriteContract({
  abi: settlementTokenAbi,
})

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link settlementTokenAbi}__ and `functionName` set to `"approve"`
 */
export const useWriteSettlementTokenApprove =
  /*#__PURE__*/ createUseWriteContract({
    abi: settlementTokenAbi,
    functionName: 'approve',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link settlementTokenAbi}__ and `functionName` set to `"faucet"`
 */
export const useWriteSettlementTokenFaucet =
  /*#__PURE__*/ createUseWriteContract({
    abi: settlementTokenAbi,
    functionName: 'faucet',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link settlementTokenAbi}__ and `functionName` set to `"transfer"`
 */
export const useWriteSettlementTokenTransfer =
  /*#__PURE__*/ createUseWriteContract({
    abi: settlementTokenAbi,
    functionName: 'transfer',
  })

/**
 * Wraps __{@link useWriteContract}__ with `abi` set to __{@link settlementTokenAbi}__ and `functionName` set to `"transferFrom"`
 */
export const useWriteSettlementTokenTransferFrom =
  /*#__PURE__*/ createUseWriteContract({
    abi: settlementTokenAbi,
    functionName: 'transferFrom',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link settlementTokenAbi}__
 */
export const useSimulateSettlementToken =
  /*#__PURE__*/ createUseSimulateContract({ abi: settlementTokenAbi })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link settlementTokenAbi}__ and `functionName` set to `"approve"`
 */
export const useSimulateSettlementTokenApprove =
  /*#__PURE__*/ createUseSimulateContract({
    abi: settlementTokenAbi,
    functionName: 'approve',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link settlementTokenAbi}__ and `functionName` set to `"faucet"`
 */
export const useSimulateSettlementTokenFaucet =
  /*#__PURE__*/ createUseSimulateContract({
    abi: settlementTokenAbi,
    functionName: 'faucet',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link settlementTokenAbi}__ and `functionName` set to `"transfer"`
 */
export const useSimulateSettlementTokenTransfer =
  /*#__PURE__*/ createUseSimulateContract({
    abi: settlementTokenAbi,
    functionName: 'transfer',
  })

/**
 * Wraps __{@link useSimulateContract}__ with `abi` set to __{@link settlementTokenAbi}__ and `functionName` set to `"transferFrom"`
 */
export const useSimulateSettlementTokenTransferFrom =
  /*#__PURE__*/ createUseSimulateContract({
    abi: settlementTokenAbi,
    functionName: 'transferFrom',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link settlementTokenAbi}__
 */
export const useWatchSettlementTokenEvent =
  /*#__PURE__*/ createUseWatchContractEvent({ abi: settlementTokenAbi })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link settlementTokenAbi}__ and `eventName` set to `"Approval"`
 */
export const useWatchSettlementTokenApprovalEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: settlementTokenAbi,
    eventName: 'Approval',
  })

/**
 * Wraps __{@link useWatchContractEvent}__ with `abi` set to __{@link settlementTokenAbi}__ and `eventName` set to `"Transfer"`
 */
export const useWatchSettlementTokenTransferEvent =
  /*#__PURE__*/ createUseWatchContractEvent({
    abi: settlementTokenAbi,
    eventName: 'Transfer',
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
