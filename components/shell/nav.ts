import type { Messages } from "@/messages";

// Only built sections appear: no placeholder pretends to be a feature.
export const navItems: { href: string; key: keyof Messages["nav"]; icon: string }[] = [
  { href: "/workbench", key: "workbench", icon: "▤" },
  { href: "/strategies", key: "strategies", icon: "⚡" },
  { href: "/metrics", key: "metrics", icon: "▦" },
  { href: "/warnings", key: "warnings", icon: "⚠" },
  { href: "/settings", key: "settings", icon: "⚙" },
];
