// Demo accounts of the seeded shops (printed by `npm start`, listed in the README).
export const DEMO_PASSWORD = "shouhou123";
export const DEMO_SHOP_ID = "shop_demo";
export const OTHER_SHOP_ID = "shop_other";

export const demoAccounts = [
  {
    email: "owner@demo.shouhou.dev",
    name: "林店长",
    shops: [DEMO_SHOP_ID, OTHER_SHOP_ID],
    role: "owner",
    handle: true,
  },
  { email: "lead@demo.shouhou.dev", name: "周主管", shops: [DEMO_SHOP_ID], role: "lead", handle: true },
  { email: "agent@demo.shouhou.dev", name: "小王(客服)", shops: [DEMO_SHOP_ID], role: "agent", handle: true },
  { email: "junior@demo.shouhou.dev", name: "小李(实习客服)", shops: [DEMO_SHOP_ID], role: "agent", handle: false },
  { email: "other@demo.shouhou.dev", name: "赵店长(二店)", shops: [OTHER_SHOP_ID], role: "owner", handle: true },
] as const;
