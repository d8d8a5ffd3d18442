import type { AuthoredIssue } from "../../schema/authored.ts";
import { s000, s001, s002, s003, s004 } from "../quote.ts";

export const issues: AuthoredIssue[] = [
  // ── Discussed at the summit ───────────────────────────────────────────────
  {
    id: "ukraine-war",
    label: { en: "The war in Ukraine", id: "Konflik Rusia-Ukraina" },
    status: "discussed",
    evidence: [
      s000("membahas konflik Rusia-Ukraina"),
      s000("Fokus utama diskusi adalah mencari solusi terkait konflik Ukraina."),
      s002("untuk membahas cara-cara menyelesaikan konflik Ukraina"),
      s002("Diskusi mengenai Ukraina merupakan fokus utama dalam pertemuan ini."),
      s003("Kuzmarov menyoroti bahwa masa depan konflik di Ukraina masih menjadi ganjalan utama"),
      s004("Kedua pemimpin juga membahas situasi di Ukraina"),
    ],
  },
  {
    id: "ceasefire",
    label: { en: "A ceasefire", id: "Gencatan senjata" },
    status: "discussed",
    evidence: [
      s000("Mereka membahas potensi gencatan senjata atau langkah diplomatik lain."),
      s003("belum ada kesepakatan resmi mengenai gencatan senjata"),
    ],
  },
  {
    id: "peace-settlement",
    label: { en: "Peace and a peace agreement", id: "Perdamaian dan perjanjian damai" },
    status: "discussed",
    evidence: [
      s000(
        "Selama diskusi, Trump-Putin saling memaparkan posisi masing-masing. Trump menekankan pentingnya perdamaian",
      ),
      s003("menghasilkan kesan adanya langkah menuju perjanjian damai"),
      s003("prasyarat penting bagi terwujudnya perjanjian damai yang berkelanjutan antara Rusia dan Barat"),
    ],
  },
  {
    id: "european-security",
    label: { en: "European security", id: "Keamanan Eropa" },
    status: "discussed",
    evidence: [
      s000("masalah keamanan Eropa"),
      s000("Konflik ini juga memicu sanksi ekonomi dan ketegangan militer di Eropa."),
      s004("tanpa adanya jaminan keamanan bagi wilayah dan kepentingannya di kawasan Eropa Timur"),
    ],
  },
  {
    id: "russia-security-interests",
    label: {
      en: "Russia's security concerns and strategic interests",
      id: "Kekhawatiran keamanan dan kepentingan strategis Rusia",
    },
    status: "discussed",
    evidence: [
      s000(
        "Sementara itu, Putin menegaskan perlunya keamanan Rusia dan mempertimbangkan kepentingan strategis Rusia.",
      ),
      s000("kekhawatiran keamanan Rusia dalam setiap upaya penyelesaian konflik"),
    ],
  },
  {
    id: "bilateral-relations",
    label: {
      en: "US–Russia relations and their normalisation",
      id: "Hubungan bilateral AS–Rusia dan normalisasinya",
    },
    status: "discussed",
    evidence: [
      s000("hubungan bilateral AS-Rusia"),
      s002("menormalisasi hubungan antara Moskow dan Washington"),
      s003("memiliki keinginan kuat untuk memperbaiki hubungan diplomatik"),
      s004("setidaknya pemulihan hubungan Rusia–AS kembali masuk dalam agenda pembahasan serius"),
    ],
  },
  {
    id: "nato-involvement",
    label: { en: "NATO's involvement", id: "Keterlibatan NATO" },
    status: "discussed",
    evidence: [
      s000(
        "Selama diskusi, Trump-Putin saling memaparkan posisi masing-masing. Trump menekankan pentingnya perdamaian dan perlunya keterlibatan NATO.",
      ),
      s000("menyiapkan langkah lanjutan melalui NATO dan Presiden Ukraina"),
    ],
  },
  {
    id: "open-communication",
    label: { en: "Open channels of communication", id: "Saluran komunikasi yang terbuka" },
    status: "discussed",
    evidence: [
      s000("Mereka berhasil membuka saluran komunikasi yang selama ini tegang."),
      s001("komitmen kedua belah pihak untuk menjaga komunikasi yang terbuka dan transparan"),
      s002(
        "Keduanya menekankan pentingnya komunikasi terbuka untuk menghindari kesalahpahaman lebih lanjut.",
      ),
    ],
  },
  {
    id: "global-security",
    label: { en: "Global and international security", id: "Keamanan global dan internasional" },
    status: "discussed",
    evidence: [
      s002("kedua pemimpin berdiskusi mengenai berbagai isu, termasuk keamanan global dan konflik Ukraina"),
      s001("berbagai tantangan, seperti perubahan iklim, keamanan internasional, dan perdagangan global"),
    ],
  },
  {
    id: "economic-cooperation",
    label: { en: "Economic cooperation", id: "Kerja sama ekonomi" },
    status: "discussed",
    evidence: [
      s002("kedua presiden juga membahas potensi kerjasama di bidang ekonomi"),
      s003("memperkuat kerja sama ekonomi dengan Amerika Serikat (AS)"),
    ],
  },
  {
    id: "energy",
    label: { en: "Energy", id: "Energi" },
    status: "discussed",
    evidence: [
      s004("Kedua pemimpin juga membahas situasi di Ukraina, isu energi, serta stabilitas ekonomi global."),
      s004("Sejumlah pakar melihat bahwa isu energi bisa menjadi titik masuk kerja sama."),
    ],
  },
  {
    id: "global-economic-stability",
    label: { en: "Global economic stability", id: "Stabilitas ekonomi global" },
    status: "discussed",
    evidence: [
      s004("Kedua pemimpin juga membahas situasi di Ukraina, isu energi, serta stabilitas ekonomi global."),
    ],
  },
  {
    id: "cyber-security",
    label: { en: "Cyber security", id: "Keamanan siber" },
    status: "discussed",
    evidence: [
      s001("perhatian utama cenderung tertuju pada keamanan siber"),
      s004("kerja sama di bidang keamanan siber juga dipandang sebagai area strategis"),
    ],
  },
  {
    id: "russian-influence",
    label: {
      en: "Russian influence in Europe and the Middle East",
      id: "Pengaruh Rusia di kawasan Eropa dan Timur Tengah",
    },
    status: "discussed",
    evidence: [s001("pengaruh Rusia di kawasan Eropa dan Timur Tengah")],
  },
  {
    id: "terrorism",
    label: { en: "Global terrorism", id: "Terorisme global" },
    status: "discussed",
    evidence: [
      s001("upaya untuk mengatasi ancaman terorisme global"),
      s004("koordinasi dalam penanganan ancaman terorisme global"),
    ],
  },
  {
    id: "follow-up-meeting",
    label: {
      en: "A follow-up meeting and the invitation to Moscow",
      id: "Pertemuan lanjutan dan undangan ke Moskow",
    },
    status: "discussed",
    evidence: [
      s000("candaan Putin di akhir pertemuan: “Next time in Moscow”"),
      s002(
        "Dalam pertemuan puncak pekan lalu di Alaska, Presiden Rusia Vladimir Putin menyampaikan undangan tersebut kepada Trump secara langsung.",
      ),
      s002(
        "selama pertemuan puncak tersebut, presiden AS telah mengindikasikan gagasannya untuk mengunjungi Rusia “menarik.”",
      ),
      s001(
        "kedua pemimpin sepakat untuk melanjutkan diskusi dalam waktu dekat dengan format yang lebih terstruktur",
      ),
    ],
  },

  // ── At stake, without a report that the leaders discussed it ─────────────
  {
    id: "sanctions",
    label: { en: "Sanctions on Russia", id: "Sanksi terhadap Rusia" },
    status: "at-stake",
    evidence: [
      s000("Konflik ini juga memicu sanksi ekonomi"),
      s001("Saat Rusia mulai menghadapi berbagai sanksi internasional"),
      s003("masih belum jelas apakah Trump bersedia mencabut seluruh sanksi terhadap Rusia"),
      s004("Alih-alih menuntut pencabutan sanksi secara langsung"),
    ],
  },
  {
    id: "nato-expansion",
    label: { en: "NATO expansion to Ukraine", id: "Perluasan NATO ke Ukraina" },
    status: "at-stake",
    evidence: [s003("bersedia menjamin bahwa NATO tidak akan diperluas ke Ukraina")],
  },
  {
    id: "territorial-gains",
    label: {
      en: "Russia's territorial gains in eastern Ukraine",
      id: "Keuntungan teritorial Rusia di Ukraina timur",
    },
    status: "at-stake",
    evidence: [
      s003("mengakui keuntungan teritorial Rusia di Ukraina timur"),
      s003("menandatangani kesepakatan bergabung dengan Federasi Rusia"),
    ],
  },
  {
    id: "troop-withdrawal",
    label: {
      en: "Withdrawal of Russian troops from Ukrainian territory",
      id: "Penarikan pasukan Rusia dari wilayah Ukraina",
    },
    status: "at-stake",
    evidence: [s004("menuntut agar Rusia menarik pasukan dari wilayah Ukraina")],
  },
  {
    id: "security-guarantees",
    label: { en: "Security guarantees", id: "Jaminan keamanan" },
    status: "at-stake",
    evidence: [
      s004("tanpa adanya jaminan keamanan bagi wilayah dan kepentingannya di kawasan Eropa Timur"),
      s003("bersedia menjamin bahwa NATO tidak akan diperluas ke Ukraina"),
    ],
  },
  {
    id: "humanitarian",
    label: { en: "Humanitarian issues", id: "Isu kemanusiaan" },
    status: "at-stake",
    evidence: [
      s004("kerja sama dalam isu kemanusiaan"),
      s000("konflik Ukraina telah menimbulkan krisis kemanusiaan"),
    ],
  },
  {
    id: "disaster-relief",
    label: { en: "Disaster relief", id: "Penanggulangan bencana" },
    status: "at-stake",
    evidence: [s004("penanggulangan bencana")],
  },
  {
    id: "climate-change",
    label: { en: "Climate change", id: "Perubahan iklim" },
    status: "at-stake",
    evidence: [
      s004("tantangan global seperti perubahan iklim"),
      s001("berbagai tantangan, seperti perubahan iklim"),
    ],
  },
  {
    id: "food-security",
    label: { en: "Food security", id: "Ketahanan pangan" },
    status: "at-stake",
    evidence: [s004("ketahanan pangan")],
  },
  {
    id: "nuclear-arms-control",
    label: { en: "Nuclear arms control", id: "Pengendalian senjata nuklir" },
    status: "at-stake",
    evidence: [s004("pengendalian senjata nuklir")],
  },
  {
    id: "trade",
    label: { en: "Trade", id: "Perdagangan" },
    status: "at-stake",
    evidence: [s001("perdagangan global"), s001("isu-isu bilateral, termasuk perdagangan")],
  },
  {
    id: "human-rights",
    label: { en: "Human rights", id: "Hak asasi manusia" },
    status: "at-stake",
    evidence: [s002("masalah hak asasi manusia")],
  },
  {
    id: "defence-policy",
    label: { en: "Defence policy", id: "Kebijakan pertahanan" },
    status: "at-stake",
    evidence: [s002("kebijakan pertahanan")],
  },
  {
    id: "global-stability",
    label: { en: "Global stability", id: "Stabilitas global" },
    status: "at-stake",
    evidence: [
      s001("memberikan efek positif bagi stabilitas global"),
      s002("akan memiliki dampak signifikan pada stabilitas global"),
      s004("berdampak pada stabilitas global"),
      s004("kebutuhan global untuk menciptakan stabilitas jangka panjang"),
    ],
  },
  {
    id: "domestic-politics",
    label: {
      en: "Domestic political constraints on the leaders",
      id: "Kendala politik domestik para pemimpin",
    },
    status: "at-stake",
    evidence: [
      s001("kedua pemimpin memiliki tantangan domestik yang signifikan"),
      s002(
        "reaksi yang timbul dari lingkungan domestik masing-masing pemimpin juga akan menentukan kelanjutan dari proses diplomasi ini",
      ),
      s003("ia akan menghadapi banyak penolakan politik di dalam negeri"),
      s004("faktor politik domestik AS juga menjadi kendala"),
    ],
  },
  {
    id: "russia-international-standing",
    label: {
      en: "Russia's international standing and image",
      id: "Posisi dan citra Rusia di panggung internasional",
    },
    status: "at-stake",
    evidence: [
      s000("Rusia tetap menjadi pemain penting di panggung internasional"),
      s000("pertemuan ini memberikan legitimasi politik bagi Putin"),
      s004("memperbaiki citra Rusia di tengah isolasi global"),
    ],
  },
];
