export {
  buildInvoiceDocument,
  checkIssuedInvoice,
  invoiceDocumentCid,
  loadInvoiceInput,
  serializeInvoiceDocument,
  type BillingEventLog,
  type ContributionsPerCustomer,
  type InvoiceCheck,
  type InvoiceInput,
} from "./document.ts";
export { invoiceDocumentSchema, invoiceLineSchema, type InvoiceDocument, type InvoiceLine } from "../schemas/invoice.ts";
export { CUSTOMER_KIND, type CustomerKindName } from "../protocol.ts";
