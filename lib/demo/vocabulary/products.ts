import type { PerLanguage } from "./languages";

/** What a product is, so buyers ask about sizes only for clothes and about set-up only for devices. */
export type ProductKind = "clothing" | "powered" | "other";

export interface Product {
  id: string;
  kind: ProductKind;
  /** Has a rechargeable battery (the emerging battery complaint only concerns these). */
  battery: boolean;
  usdPrice: number;
  /** English spec line an agent pastes into the "product details" template. */
  specs: string;
  /**
   * Bare noun, dropped into sentences after an article the sentence supplies: German nouns are
   * all neuter ("das", "dem"), French, Spanish and Portuguese all masculine and, in French,
   * consonant-initial ("le", "du"), so every sentence agrees with every product.
   */
  names: PerLanguage<string>;
}

export const PRODUCTS: readonly Product[] = [
  {
    id: "sku-charger-65w",
    kind: "powered",
    battery: false,
    usdPrice: 29,
    specs: "65 W GaN, USB-C PD 3.0 plus one USB-A port, foldable plug, 110-240 V",
    names: { en: "65W charger", es: "cargador de 65 W", de: "65-W-Ladegerät", fr: "chargeur 65 W", pt: "carregador de 65 W" },
  },
  {
    id: "sku-hoodie-fleece",
    kind: "clothing",
    battery: false,
    usdPrice: 39,
    specs: "80% cotton, 20% polyester fleece, 320 g/m², sizes S to XXL",
    names: { en: "hoodie", es: "suéter con capucha", de: "Sweatshirt", fr: "sweat à capuche", pt: "moletom" },
  },
  {
    id: "sku-crop-top",
    kind: "clothing",
    battery: false,
    usdPrice: 17,
    specs: "95% cotton, 5% elastane, ribbed knit, sizes XS to L",
    names: { en: "crop top", es: "top", de: "Top", fr: "top", pt: "top cropped" },
  },
  {
    id: "sku-usbc-cable",
    kind: "powered",
    battery: false,
    usdPrice: 9,
    specs: "braided nylon, 2 m, 100 W fast charging, 480 Mbps data",
    names: { en: "USB-C cable", es: "cable USB-C", de: "USB-C-Kabel", fr: "câble USB-C", pt: "cabo USB-C" },
  },
  {
    id: "sku-building-set",
    kind: "other",
    battery: false,
    usdPrice: 35,
    specs: "ABS plastic, 620 pieces, compatible with major brands, ages 8+",
    names: { en: "building block set", es: "juego de construcción", de: "Bauklotz-Set", fr: "jeu de construction", pt: "jogo de montar" },
  },
  {
    id: "sku-fitness-band",
    kind: "powered",
    battery: true,
    usdPrice: 45,
    specs: "1.47\" AMOLED, heart rate and SpO2, 5 ATM water resistant, 10-day battery, 140-210 mm strap",
    names: { en: "fitness tracker", es: "reloj deportivo", de: "Fitnessarmband", fr: "bracelet connecté", pt: "relógio esportivo" },
  },
  {
    id: "sku-bt-headset",
    kind: "powered",
    battery: true,
    usdPrice: 32,
    specs: "Bluetooth 5.3, 30 h playtime with case, ENC microphones, IPX5",
    names: { en: "Bluetooth headset", es: "auricular Bluetooth", de: "Bluetooth-Headset", fr: "casque Bluetooth", pt: "fone Bluetooth" },
  },
  {
    id: "sku-ring-light",
    kind: "powered",
    battery: true,
    usdPrice: 27,
    specs: "10\" LED ring, 3 colour modes, 10 brightness levels, 4000 mAh battery, phone holder",
    names: { en: "ring light", es: "aro de luz", de: "Ringlicht", fr: "ring light", pt: "ring light" },
  },
  {
    id: "sku-necklace",
    kind: "other",
    battery: false,
    usdPrice: 19,
    specs: "316L stainless steel, 18K gold plating, 45 cm chain with 5 cm extender",
    names: { en: "necklace", es: "collar", de: "Collier", fr: "collier", pt: "colar" },
  },
  {
    id: "sku-brush-set",
    kind: "other",
    battery: false,
    usdPrice: 22,
    specs: "14 synthetic brushes, wooden handles, vegan, travel pouch included",
    names: { en: "makeup brush set", es: "set de brochas", de: "Pinselset", fr: "kit de pinceaux", pt: "kit de pincéis" },
  },
  {
    id: "sku-phone-tripod",
    kind: "other",
    battery: false,
    usdPrice: 18,
    specs: "aluminium, extends from 24 to 130 cm, Bluetooth remote, fits phones 5.5-7\"",
    names: { en: "phone tripod", es: "trípode", de: "Handystativ", fr: "trépied", pt: "tripé" },
  },
];
