import type { Messages } from "@/messages";

// Only built sections appear: no placeholder pretends to be a feature.
export const navItems: { href: string; key: keyof Messages["nav"]; icon: string }[] = [
  { href: "/workbench", key: "workbench", icon: "▤" },
];
