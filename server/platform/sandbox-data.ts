// The sandbox platform's world: a small live-commerce catalog, buyer nicknames and what buyers write when they
// apply (Chinese, as the workbench shows it). Data only; sandbox-activity.ts decides what happens.
import type { Reason, TicketType } from "../tickets/domain";
import type { Rng } from "./random";

export type CatalogItem = {
  key: string;
  title: string;
  category: string;
  image: string;
  isVirtual?: boolean;
  isFresh?: boolean;
  specs: string[];
  priceFen: number;
  /** What goes wrong with this product once it has arrived: reason → type the buyer asks for. */
  afterArrival: [Reason, TicketType][];
};

const img = (key: string) => `https://picsum.photos/seed/shouhou-${key}/240/240`;

export const catalog: CatalogItem[] = [
  {
    key: "dress",
    title: "法式碎花收腰连衣裙",
    category: "女装",
    image: img("dress"),
    specs: ["S 码 / 雾霾蓝", "M 码 / 雾霾蓝", "L 码 / 奶油白"],
    priceFen: 15_900,
    afterArrival: [
      ["seven_day_no_reason", "return_refund"],
      ["not_as_described", "return_refund"],
      ["wrong_item", "exchange"],
      ["quality_issue", "return_refund"],
    ],
  },
  {
    key: "hoodie",
    title: "加绒连帽卫衣 男女同款",
    category: "男装",
    image: img("hoodie"),
    specs: ["M / 黑色", "L / 燕麦色", "XL / 灰色"],
    priceFen: 12_900,
    afterArrival: [
      ["seven_day_no_reason", "return_refund"],
      ["wrong_item", "exchange"],
      ["quality_issue", "refund_only"],
    ],
  },
  {
    key: "jeans",
    title: "高腰直筒牛仔裤 显瘦款",
    category: "女装",
    image: img("jeans"),
    specs: ["26 码", "27 码", "28 码", "29 码"],
    priceFen: 13_900,
    afterArrival: [
      ["seven_day_no_reason", "return_refund"],
      ["not_as_described", "return_refund"],
      ["wrong_item", "exchange"],
    ],
  },
  {
    key: "crab",
    title: "阳澄湖大闸蟹 公4两母3两 8只礼盒",
    category: "生鲜",
    image: img("crab"),
    isFresh: true,
    specs: ["4对装", "5对装"],
    priceFen: 39_800,
    afterArrival: [
      ["damaged", "refund_only"],
      ["transit_damage", "refund_only"],
      ["missing_item", "reissue"],
    ],
  },
  {
    key: "orange",
    title: "赣南脐橙 当季现摘 5斤装",
    category: "生鲜",
    image: img("orange"),
    isFresh: true,
    specs: ["5斤 中果", "5斤 大果", "10斤 中果"],
    priceFen: 3_990,
    afterArrival: [
      ["quality_issue", "refund_only"],
      ["transit_damage", "refund_only"],
      ["delayed", "refund_only"],
    ],
  },
  {
    key: "nuts",
    title: "每日坚果礼盒 30袋装",
    category: "零食",
    image: img("nuts"),
    specs: ["30袋 混合装"],
    priceFen: 8_900,
    afterArrival: [
      ["missing_item", "reissue"],
      ["damaged", "refund_only"],
    ],
  },
  {
    key: "earbuds",
    title: "主动降噪蓝牙耳机 长续航",
    category: "数码",
    image: img("earbuds"),
    specs: ["曜石黑", "月光白"],
    priceFen: 29_900,
    afterArrival: [
      ["quality_issue", "return_refund"],
      ["seven_day_no_reason", "return_refund"],
      ["missing_item", "reissue"],
    ],
  },
  {
    key: "powerbank",
    title: "20000mAh 快充充电宝",
    category: "数码",
    image: img("powerbank"),
    specs: ["白色 22.5W", "黑色 22.5W"],
    priceFen: 12_900,
    afterArrival: [
      ["quality_issue", "exchange"],
      ["not_as_described", "return_refund"],
      ["seven_day_no_reason", "return_refund"],
    ],
  },
  {
    key: "vip",
    title: "视频会员月卡 自动充值",
    category: "虚拟商品",
    image: img("vip"),
    isVirtual: true,
    specs: ["月卡"],
    priceFen: 2_500,
    afterArrival: [],
  },
];

/** Reasons a buyer gives before the parcel has left (or for a virtual item): always 仅退款. */
export const beforeShipmentReasons: Reason[] = ["no_longer_wanted", "wrong_order", "wrong_address", "late_shipment"];
/** Reasons while the parcel is on its way: 仅退款 (the merchant may intercept or agree to refusal). */
export const inTransitReasons: Reason[] = ["no_longer_wanted", "wrong_order", "delayed", "not_collected"];

export const statements: Record<Reason, string[]> = {
  seven_day_no_reason: ["七天无理由退货，吊牌都在", "不太适合我，申请退货"],
  no_longer_wanted: ["不想要了，麻烦尽快处理", "家里已经买了，不需要了"],
  wrong_order: ["拍错规格了", "手滑多拍了一单"],
  wrong_address: ["地址填错了，麻烦退款我重新拍"],
  quality_issue: ["收到就开线了，质量太差", "用了两天左耳没声音", "橙子有好几个烂的"],
  wrong_item: ["拍的M码发来的L码", "颜色发错了，我要的是黑色"],
  missing_item: ["少发了一件", "盒子里少了两只", "充电线没有"],
  damaged: ["收到的时候螃蟹已经死了好几只", "包装压坏了，里面也碎了"],
  not_as_described: ["色差太大，和直播间看到的不一样", "实际容量和宣传不符"],
  late_shipment: ["说好48小时发货，现在还没发", "催了好几次都不发货"],
  transit_damage: ["快递压坏了，箱子都烂了", "路上颠坏了"],
  lost_parcel: ["物流好几天不动了，是不是丢件了"],
  not_collected: ["三天了还没有揽收", "一直显示已发货未揽收"],
  delayed: ["物流太慢了，已经不新鲜了", "一周了还没到"],
};

const nickWords = [
  "小鹿乱撞",
  "橘子汽水",
  "奶茶续命",
  "晚风温柔",
  "momo酱",
  "追光的人",
  "柠檬不萌",
  "一只胖橘",
  "甜甜圈",
  "山海有约",
  "开心果儿",
  "喵了个咪",
  "北方的雪",
  "草莓味的夏天",
  "阿强爱吃肉",
];

export function buyerNick(rng: Rng): string {
  const word = rng.pick(nickWords);
  return rng.chance(0.8) ? `${word}_${rng.int(1, 999)}` : word;
}

export function evidenceUrls(rng: Rng, n: number): string[] {
  return Array.from({ length: n }, () => `https://picsum.photos/seed/evidence-${rng.digits(6)}/480/480`);
}

export const interceptionNotes = {
  failed: ["包裹已派送，无法拦截", "快递员已出库派送"],
  success: ["拦截成功，包裹退回中"],
};
export const ratingComments = ["处理很快，满意", "客服态度很好", "退款到账了，谢谢", "有点慢", "一直没人理"];
