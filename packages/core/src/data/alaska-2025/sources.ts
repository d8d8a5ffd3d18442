import type { AuthoredSource } from "../../schema/authored.ts";

export const sources: AuthoredSource[] = [
  { id: "000_5837d935519e355e", language: "id", title: "Diskusi Intensif Tanpa Kesepakatan Trump-Putin" },
  {
    id: "001_b0be9fc0d39ecfa9",
    language: "id",
    title: "Putaran pertama perundingan Putin dan Trump di Alaska",
  },
  {
    id: "002_9d29f9ba959db2c6",
    language: "id",
    title: "Pertemuan Sejarah di Alaska antara Trump dan Putin",
    outletId: "sekilasnews",
  },
  {
    id: "003_541abc782ac656e9",
    language: "id",
    title: "Pakar: Putin Tunjukkan Minat Pulihkan Hubungan Rusia–AS",
  },
  { id: "004_5114235fe2ad093f", language: "id", title: "Harapan Baru dari Pertemuan Tingkat Tinggi" },
];
