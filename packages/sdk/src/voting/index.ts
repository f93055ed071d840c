export {
  computeCommitHash,
  createSaltStore,
  generateSalt,
  sealVote,
  type SaltStorage,
  type SaltStore,
  type SealedVote,
} from "./salt.ts";
