export { cidToDigest, digestToCid, parseCid, type EvidenceCodec, type OnChainCid } from "./cid.ts";
export { unixfsCidV1 } from "./unixfs-cid.ts";
export {
  EVIDENCE_ALLOWED_TYPES,
  EVIDENCE_MAX_BYTES,
  checkUpload,
  contentMatchesType,
  describeAllowedTypes,
  formatFileSize,
  type EvidenceMediaType,
  type UploadCheck,
  type UploadLimits,
} from "./limits.ts";
export { EvidenceUploadError, uploadEvidence, type UploadEvidenceOptions, type UploadProgress } from "./upload.ts";
export {
  EvidenceVerificationError,
  fetchEvidence,
  type EvidenceVerificationFailure,
  type FetchEvidenceOptions,
} from "./verify.ts";
