import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { ToastProvider } from "@/components/toasts";
import { NetworkBannerIsland } from "@/components/wallet/islands";
import { WalletRoot } from "@/components/wallet/wallet-root";
import { getRuntimeConfig } from "@/lib/server-config";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Scipio", template: "%s · Scipio" },
  description: "Build and run shared community infrastructure: capital tokens, reputation and projects.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f766e" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Read per request, so one build serves whichever chain the server is pointed at.
  const config = await getRuntimeConfig();
  return (
    <html lang="en">
      <body className="min-h-dvh font-sans">
        <ToastProvider>
          <WalletRoot config={config}>
            <a
              href="#main"
              className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
            >
              Skip to content
            </a>
            <SiteHeader chainId={config.chainId} />
            <NetworkBannerIsland />
            <main id="main" className="mx-auto max-w-5xl px-4 py-8">
              {children}
            </main>
          </WalletRoot>
        </ToastProvider>
      </body>
    </html>
  );
}
