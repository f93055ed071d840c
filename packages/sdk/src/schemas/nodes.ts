import { z } from "zod";
import { NODE_COORDINATE_SCALE, NODE_KINDS, NODE_STATUSES } from "../protocol.ts";

/**
 * The most a node's metadata document may weigh, as JSON. It is read by every map and list render, so it stays
 * small: a name, a device, a few links. The form refuses more before uploading.
 */
export const NODE_METADATA_MAX_BYTES = 1_024;

const httpLinkSchema = z
  .url({ protocol: /^https?$/, error: "Links must start with http:// or https://" })
  .max(300, "Links may be at most 300 characters");

/** A node's metadata document on IPFS; its CID goes on chain with the node. */
export const nodeMetadataDocumentSchema = z.object({
  kind: z.literal("scipio.node-metadata"),
  version: z.literal(1),
  name: z.string().trim().min(1, "Give the node a name").max(80, "Names may be at most 80 characters"),
  device: z.string().trim().max(120, "Keep the device under 120 characters").optional(),
  links: z.array(httpLinkSchema).max(5, "Add at most 5 links").optional(),
});
export type NodeMetadataDocument = z.infer<typeof nodeMetadataDocumentSchema>;

/** The JSON that is uploaded, and its size in bytes (UTF-8). */
export function nodeMetadataJson(document: NodeMetadataDocument): { json: string; bytes: number } {
  const json = JSON.stringify(document);
  return { json, bytes: new TextEncoder().encode(json).length };
}

const coordinate = (label: string, limit: number) =>
  z
    .string()
    .trim()
    .min(1, `Enter the ${label}`)
    .regex(/^-?\d{1,3}(\.\d{1,6})?$/, `Write the ${label} in decimal degrees with at most 6 decimals, e.g. 41.930`)
    .transform(Number)
    .refine((value) => Math.abs(value) <= limit, `A ${label} lies between -${limit} and ${limit} degrees: this point is off the globe`);

/** What the node form holds, as typed. */
export type NodeFormInput = {
  name: string;
  device: string;
  /** One link per line. */
  links: string;
  kind: string;
  status: string;
  latitude: string;
  longitude: string;
};

/** The node form: metadata, kind, status and location, checked before anything is uploaded or sent. */
export const nodeFormSchema = z
  .object({
    name: z.string(),
    device: z.string(),
    links: z.string(),
    kind: z.coerce.number().int().min(0).max(NODE_KINDS.length - 1, "Choose a kind"),
    status: z.coerce.number().int().min(0).max(NODE_STATUSES.length - 1, "Choose a status"),
    latitude: coordinate("latitude", 90),
    longitude: coordinate("longitude", 180),
  })
  .transform((form, context) => {
    const links = form.links
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
    const document = nodeMetadataDocumentSchema.safeParse({
      kind: "scipio.node-metadata",
      version: 1,
      name: form.name,
      ...(form.device.trim() ? { device: form.device } : {}),
      ...(links.length ? { links } : {}),
    });
    if (!document.success) {
      for (const issue of document.error.issues) {
        context.addIssue({ code: "custom", message: issue.message, path: [issue.path[0] === "links" ? "links" : String(issue.path[0])] });
      }
      return z.NEVER;
    }
    const { bytes } = nodeMetadataJson(document.data);
    if (bytes > NODE_METADATA_MAX_BYTES) {
      context.addIssue({
        code: "custom",
        message: `The metadata is ${bytes.toLocaleString("en-US")} bytes; a node's metadata may be at most ${NODE_METADATA_MAX_BYTES.toLocaleString("en-US")} bytes. Shorten the name, device or links.`,
        path: ["metadata"],
      });
      return z.NEVER;
    }
    return {
      document: document.data,
      kind: form.kind,
      status: form.status,
      latitude: Math.round(form.latitude * NODE_COORDINATE_SCALE),
      longitude: Math.round(form.longitude * NODE_COORDINATE_SCALE),
    };
  });
export type NodeForm = z.output<typeof nodeFormSchema>;
