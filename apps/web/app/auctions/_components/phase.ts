import type { AuctionPhase } from "@/lib/reads/auctions";

export const PHASE_LABELS: Record<AuctionPhase, string> = {
  priority: "Priority window",
  open: "Open to everyone",
  upcoming: "Upcoming",
  settled: "Ended",
  cancelled: "Cancelled",
};

export const PHASE_ORDER: AuctionPhase[] = ["priority", "open", "upcoming", "settled", "cancelled"];
