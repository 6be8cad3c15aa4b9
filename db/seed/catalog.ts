// What the demo shops sell: realistic products of a 快手小店 (apparel, food incl. fresh, electronics, virtual).
export type CatalogItem = {
  id: string;
  title: string;
  category: string;
  specs: string[];
  priceFen: number;
  isFresh?: boolean;
  isVirtual?: boolean;
  weight: number; // how often it sells
};

export const demoCatalog: CatalogItem[] = [
  {
    id: "p_dress",
    title: "法式碎花连衣裙 夏季新款收腰显瘦",
    category: "女装",
    specs: ["S", "M", "L", "XL"],
    priceFen: 15900,
    weight: 14,
  },
  {
    id: "p_hoodie",
    title: "加绒连帽卫衣 男女同款宽松",
    category: "服饰",
    specs: ["M", "L", "XL", "XXL"],
    priceFen: 12900,
    weight: 12,
  },
  {
    id: "p_jeans",
    title: "高腰直筒牛仔裤 垂感阔腿",
    category: "女装",
    specs: ["25", "26", "27", "28", "29"],
    priceFen: 13900,
    weight: 10,
  },
  {
    id: "p_crab",
    title: "阳澄湖大闸蟹礼盒 公4.0两母3.0两 8只",
    category: "生鲜",
    specs: ["8只装"],
    priceFen: 38800,
    isFresh: true,
    weight: 5,
  },
  {
    id: "p_orange",
    title: "赣南脐橙 现摘现发 5斤装",
    category: "生鲜",
    specs: ["5斤", "10斤"],
    priceFen: 3990,
    isFresh: true,
    weight: 12,
  },
  {
    id: "p_flowercake",
    title: "云南玫瑰鲜花饼 10枚礼盒",
    category: "食品",
    specs: ["10枚"],
    priceFen: 2990,
    weight: 8,
  },
  {
    id: "p_earbuds",
    title: "蓝牙降噪耳机 长续航 入耳式",
    category: "数码",
    specs: ["白色", "黑色"],
    priceFen: 29900,
    weight: 7,
  },
  {
    id: "p_powerbank",
    title: "20000mAh充电宝 22.5W快充",
    category: "数码",
    specs: ["白色", "粉色"],
    priceFen: 9900,
    weight: 8,
  },
  {
    id: "p_vip",
    title: "视频会员月卡 自动充值",
    category: "虚拟",
    specs: ["月卡"],
    priceFen: 2500,
    isVirtual: true,
    weight: 4,
  },
  {
    id: "p_cup",
    title: "儿童保温杯 316不锈钢 带吸管",
    category: "母婴",
    specs: ["480ml 蓝", "480ml 粉"],
    priceFen: 6900,
    weight: 7,
  },
  { id: "p_nougat", title: "手工牛轧糖 蔓越莓味 500g", category: "食品", specs: ["500g"], priceFen: 1990, weight: 9 },
  {
    id: "p_holder",
    title: "车载手机支架 出风口磁吸",
    category: "汽车用品",
    specs: ["黑色"],
    priceFen: 1590,
    weight: 6,
  },
];

export const otherCatalog: CatalogItem[] = [
  { id: "o_tea", title: "武夷山大红袍 特级 250g", category: "茶叶", specs: ["250g"], priceFen: 16800, weight: 5 },
  { id: "o_honey", title: "秦岭土蜂蜜 500g 农家自产", category: "食品", specs: ["500g"], priceFen: 6800, weight: 6 },
  {
    id: "o_mushroom",
    title: "云南野生菌干货 松茸 100g",
    category: "生鲜",
    specs: ["100g"],
    priceFen: 12800,
    isFresh: true,
    weight: 4,
  },
];

const nickHeads = [
  "小鹿",
  "橘子",
  "阿飞",
  "糖糖",
  "大橙子",
  "可乐",
  "布丁",
  "木子",
  "星星",
  "豆豆",
  "小熊",
  "七七",
  "阿杰",
  "芒果",
  "晴天",
  "奶茶",
  "小胖",
  "喵喵",
  "桃子",
  "老王",
];
const nickTails = [
  "乱撞",
  "不加糖",
  "在路上",
  "爱吃鱼",
  "的日常",
  "呀",
  "同学",
  "酱",
  "要开心",
  "睡不醒",
  "宝宝",
  "本人",
  "哥",
  "姐",
  "妈妈",
];
export function buyerNick(rand: () => number, i: number): string {
  const h = nickHeads[Math.floor(rand() * nickHeads.length)];
  const t = nickTails[Math.floor(rand() * nickTails.length)];
  return `${h}${t}_${(i * 37) % 997}`;
}

export const statements: Record<string, string[]> = {
  seven_day_no_reason: ["不太喜欢，想退了", "颜色和想象的不一样", "买重复了"],
  no_longer_wanted: ["不想要了", "家里人买过了", "临时不需要了"],
  wrong_order: ["拍错尺码了", "多拍了一件"],
  wrong_address: ["地址填错了，麻烦退款重拍"],
  quality_issue: ["穿了一次就开线了", "充不进电", "有异味", "一只耳机没声音"],
  wrong_item: ["发的颜色不对", "尺码发错了"],
  missing_item: ["少发了一件", "礼盒里少了两只", "赠品没收到"],
  damaged: ["收到时外包装破了，里面也压坏了", "杯盖裂了"],
  not_as_described: ["和详情页图片差别很大", "面料不是描述的纯棉", "尺码偏小两码"],
  late_shipment: ["说好48小时发货，三天了还没发", "一直不发货"],
  transit_damage: ["快递压坏了", "橙子烂了好几个"],
  lost_parcel: ["物流一直不动，显示丢件"],
  not_collected: ["发货三天了还没有揽收", "物流一直没有更新"],
  delayed: ["物流太慢了，等不及了"],
};
