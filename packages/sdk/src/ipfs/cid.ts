import * as dagPb from "@ipld/dag-pb";
import { base32 } from "multiformats/bases/base32";
import { base36 } from "multiformats/bases/base36";
import { base58btc } from "multiformats/bases/base58";
import { CID } from "multiformats/cid";
import * as raw from "multiformats/codecs/raw";
import { create as createDigest } from "multiformats/hashes/digest";
import { sha256 } from "multiformats/hashes/sha2";

/** The codecs UnixFS produces; on chain the codec is stored next to the digest. */
export type EvidenceCodec = "raw" | "dag-pb";

/** A CID in its on-chain form: the 32-byte sha2-256 digest plus the codec. */
export interface OnChainCid {
  digest: `0x${string}`;
  codec: EvidenceCodec;
}

const cidDecoder = base32.decoder.or(base58btc.decoder).or(base36.decoder);

/** Parses a CID string (v0 "Qm…", or v1 in base32, base58btc or base36); throws on anything else. */
export function parseCid(cid: string): CID {
  return CID.parse(cid.trim(), cidDecoder);
}

export function cidToDigest(cid: string | CID): OnChainCid {
  const parsed = typeof cid === "string" ? parseCid(cid) : cid;
  if (parsed.multihash.code !== sha256.code) throw new Error(`CID ${parsed} is not hashed with sha2-256`);
  const codec = parsed.code === raw.code ? "raw" : parsed.code === dagPb.code ? "dag-pb" : undefined;
  if (codec === undefined) throw new Error(`CID ${parsed} is neither raw nor dag-pb`);
  const hex = Array.from(parsed.multihash.digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return { digest: `0x${hex}`, codec };
}

/** The CIDv1 (base32) of an on-chain digest and codec; a CIDv0 comes back as its v1 equivalent. */
export function digestToCid(digest: `0x${string}`, codec: EvidenceCodec): string {
  if (!/^0x[0-9a-fA-F]{64}$/.test(digest)) throw new Error("A CID digest is 32 bytes: 0x followed by 64 hex digits");
  const bytes = Uint8Array.from(digest.slice(2).match(/../g)!, (pair) => parseInt(pair, 16));
  return CID.createV1(codec === "raw" ? raw.code : dagPb.code, createDigest(sha256.code, bytes)).toString();
}
