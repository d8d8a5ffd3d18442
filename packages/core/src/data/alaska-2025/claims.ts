import type { AuthoredClaim } from "../../schema/authored.ts";
import { s000, s001, s002, s003, s004 } from "../quote.ts";

export const claims: AuthoredClaim[] = [
  // ══ Source 000 ═════════════════════════════════════════════════════════════
  {
    id: "summit-held-to-discuss-ukraine-europe-bilateral",
    kind: "fact",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["ukraine-war", "european-security", "bilateral-relations"],
    stance: "neutral",
    summary: {
      en: "The Alaska summit was held to discuss the Russia–Ukraine conflict, European security and bilateral US–Russia relations.",
      id: "KTT Alaska digelar untuk membahas konflik Rusia-Ukraina, keamanan Eropa, dan hubungan bilateral AS-Rusia.",
    },
    evidence: [
      s000(
        "Pertemuan ini merupakan bagian dari KTT Alaska yang digelar untuk membahas konflik Rusia-Ukraina, masalah keamanan Eropa, serta hubungan bilateral AS-Rusia.",
      ),
    ],
  },
  {
    id: "ukraine-conflict-caused-humanitarian-crisis-and-sanctions",
    kind: "fact",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["ukraine-war", "humanitarian", "sanctions", "european-security"],
    stance: "neutral",
    summary: {
      en: "The Ukraine conflict has caused a humanitarian crisis and triggered economic sanctions and military tension in Europe.",
      id: "Konflik Ukraina telah menimbulkan krisis kemanusiaan serta memicu sanksi ekonomi dan ketegangan militer di Eropa.",
    },
    evidence: [
      s000(
        "KTT ini dianggap strategis, terutama karena konflik Ukraina telah menimbulkan krisis kemanusiaan. Konflik ini juga memicu sanksi ekonomi dan ketegangan militer di Eropa.",
      ),
    ],
  },
  {
    id: "main-focus-ukraine-solution",
    kind: "fact",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["ukraine-war", "ceasefire"],
    stance: "neutral",
    summary: {
      en: "The main focus of the talks was finding a solution to the Ukraine conflict; the leaders discussed a possible ceasefire or other diplomatic steps.",
      id: "Fokus utama pembicaraan adalah mencari solusi konflik Ukraina; kedua pemimpin membahas potensi gencatan senjata atau langkah diplomatik lain.",
    },
    evidence: [
      s000(
        "Fokus utama diskusi adalah mencari solusi terkait konflik Ukraina. Mereka membahas potensi gencatan senjata atau langkah diplomatik lain.",
      ),
    ],
  },
  {
    id: "talks-intense-productive-no-formal-agreement",
    kind: "outcome",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["ukraine-war"],
    stance: "neutral",
    outcomeId: "no-formal-agreement",
    summary: {
      en: "The talks were intense and productive but produced no formal agreement.",
      id: "Pembicaraan berlangsung intens dan produktif, tetapi tidak menghasilkan kesepakatan resmi.",
    },
    evidence: [
      s000("Meskipun pembicaraan berlangsung intens dan produktif, mereka tidak mencapai kesepakatan resmi."),
      s000(
        "Pertemuan Trump-Putin di KTT Alaska berlangsung penuh simbolisme dan diplomasi, namun tidak menghasilkan kesepakatan resmi.",
      ),
    ],
  },
  {
    id: "meeting-symbolic-rather-than-practical",
    kind: "assessment",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["ukraine-war"],
    stance: "neutral",
    summary: {
      en: "The journalist judges the meeting to be symbolic diplomacy rather than a practical settlement on the ground.",
      id: "Jurnalis menilai pertemuan lebih bersifat diplomasi simbolis daripada penyelesaian praktis di lapangan.",
    },
    evidence: [
      s000(
        "Hal ini menunjukkan pertemuan lebih bersifat diplomasi simbolis daripada penyelesaian praktis di lapangan.",
      ),
    ],
  },
  {
    id: "trump-stresses-peace-and-nato",
    kind: "position",
    holderId: "donald-trump",
    reporterId: null,
    attribution: "reported-speech",
    cue: "menekankan",
    issueIds: ["peace-settlement", "nato-involvement", "ukraine-war"],
    stance: "supports",
    summary: {
      en: "During the talks Trump stressed the importance of peace and the need for NATO's involvement.",
      id: "Selama diskusi Trump menekankan pentingnya perdamaian dan perlunya keterlibatan NATO.",
    },
    evidence: [s000("Trump menekankan pentingnya perdamaian dan perlunya keterlibatan NATO.")],
  },
  {
    id: "putin-stresses-russian-security-and-strategic-interests",
    kind: "position",
    holderId: "vladimir-putin",
    reporterId: null,
    attribution: "reported-speech",
    cue: "menegaskan",
    issueIds: ["russia-security-interests", "ukraine-war"],
    stance: "demands",
    summary: {
      en: "During the talks Putin insisted on the need for Russia's security and for Russia's strategic interests to be considered.",
      id: "Selama diskusi Putin menegaskan perlunya keamanan Rusia dan pertimbangan atas kepentingan strategis Rusia.",
    },
    evidence: [
      s000("Putin menegaskan perlunya keamanan Rusia dan mempertimbangkan kepentingan strategis Rusia."),
    ],
  },
  {
    id: "meeting-let-sides-understand-positions-and-opened-channel",
    kind: "outcome",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["open-communication"],
    stance: "neutral",
    outcomeId: "continue-communication",
    summary: {
      en: "Without a formal agreement, the meeting let both sides understand each other's positions directly and opened a long-strained channel of communication.",
      id: "Tanpa kesepakatan resmi, pertemuan memberi kesempatan kedua pihak memahami posisi masing-masing secara langsung dan membuka saluran komunikasi yang selama ini tegang.",
    },
    evidence: [
      s000(
        "pertemuan ini memberi kesempatan bagi kedua pihak untuk memahami posisi masing-masing secara langsung. Mereka berhasil membuka saluran komunikasi yang selama ini tegang.",
      ),
    ],
  },
  {
    id: "putin-claims-initial-understanding",
    kind: "outcome",
    holderId: "vladimir-putin",
    reporterId: null,
    attribution: "reported-speech",
    cue: "mengklaim",
    issueIds: ["ukraine-war", "bilateral-relations"],
    stance: "supports",
    outcomeId: "initial-understanding",
    summary: {
      en: "After the meeting Putin claimed an “initial understanding” had been reached with the US, though there was no formal agreement.",
      id: "Usai pertemuan Putin mengklaim telah tercapai “pemahaman awal” dengan AS, meskipun tidak ada kesepakatan formal.",
    },
    evidence: [
      s000(
        "Usai pertemuan, Presiden Putin mengklaim telah tercapai suatu “pemahaman awal” dengan AS, meskipun tidak ada kesepakatan formal.",
      ),
    ],
  },
  {
    id: "putin-says-talks-opened-constructive-channel",
    kind: "position",
    holderId: "vladimir-putin",
    reporterId: null,
    attribution: "reported-speech",
    cue: "menekankan",
    issueIds: ["open-communication"],
    stance: "supports",
    outcomeId: "continue-communication",
    summary: {
      en: "Putin stressed that the discussion opened a constructive channel of communication.",
      id: "Putin menekankan bahwa diskusi ini membuka jalur komunikasi yang konstruktif.",
    },
    evidence: [s000("Ia menekankan diskusi ini membuka jalur komunikasi konstruktif")],
  },
  {
    id: "putin-says-formal-agreement-needs-more-talks",
    kind: "position",
    holderId: "vladimir-putin",
    reporterId: null,
    attribution: "reported-speech",
    cue: "menekankan",
    issueIds: ["ukraine-war", "bilateral-relations"],
    stance: "open",
    outcomeId: "no-formal-agreement",
    summary: {
      en: "Putin stressed that a formal agreement still requires further discussion.",
      id: "Putin menekankan bahwa kesepakatan resmi masih memerlukan pembahasan lebih lanjut.",
    },
    evidence: [
      s000(
        "Ia menekankan diskusi ini membuka jalur komunikasi konstruktif, namun kesepakatan resmi masih memerlukan pembahasan lebih lanjut.",
      ),
    ],
  },
  {
    id: "putin-us-must-consider-russian-security-concerns",
    kind: "position",
    holderId: "vladimir-putin",
    reporterId: null,
    attribution: "reported-speech",
    cue: "menegaskan",
    issueIds: ["russia-security-interests", "ukraine-war", "peace-settlement"],
    stance: "demands",
    summary: {
      en: "Putin insisted the US must take Russia's security concerns into account in any effort to settle the conflict.",
      id: "Putin menegaskan AS harus mempertimbangkan kekhawatiran keamanan Rusia dalam setiap upaya penyelesaian konflik.",
    },
    evidence: [
      s000(
        "Putin menegaskan pihak AS harus mempertimbangkan kekhawatiran keamanan Rusia dalam setiap upaya penyelesaian konflik.",
      ),
    ],
  },
  {
    id: "putin-warns-european-states",
    kind: "position",
    holderId: "vladimir-putin",
    reporterId: null,
    attribution: "reported-speech",
    cue: "memperingatkan",
    issueIds: ["european-security", "peace-settlement"],
    stance: "demands",
    summary: {
      en: "Putin warned European states not to obstruct the early progress.",
      id: "Putin memperingatkan negara-negara Eropa agar tidak menghambat kemajuan awal.",
    },
    evidence: [s000("Ia juga memperingatkan negara-negara Eropa agar tidak menghambat kemajuan awal.")],
  },
  {
    id: "observers-see-putin-statement-as-diplomatic-strategy",
    kind: "assessment",
    holderId: "observers",
    reporterId: null,
    attribution: "analysis",
    cue: "dipandang",
    issueIds: ["russia-international-standing"],
    stance: "neutral",
    summary: {
      en: "Some observers see Putin's statement as a diplomatic strategy to show Russia remains a key international player while keeping a strong negotiating position.",
      id: "Sebagian pengamat memandang pernyataan Putin sebagai strategi diplomatik untuk menunjukkan Rusia tetap pemain penting di panggung internasional sambil mempertahankan posisi negosiasi yang kuat.",
    },
    evidence: [
      s000(
        "Pernyataan Putin ini dipandang oleh sebagian pengamat sebagai strategi diplomatik. Ia ingin menunjukkan Rusia tetap menjadi pemain penting di panggung internasional, sambil mempertahankan posisi negosiasi yang kuat.",
      ),
    ],
  },
  {
    id: "trump-says-talks-productive-without-agreement",
    kind: "position",
    holderId: "donald-trump",
    reporterId: null,
    attribution: "reported-speech",
    cue: "menyatakan",
    issueIds: ["ukraine-war", "bilateral-relations"],
    stance: "supports",
    outcomeId: "no-formal-agreement",
    summary: {
      en: "Trump said that although the meeting produced no direct agreement, the talks were productive.",
      id: "Trump menyatakan meskipun pertemuan tidak menghasilkan kesepakatan langsung, pembicaraan tetap produktif.",
    },
    evidence: [
      s000(
        "Presiden Trump menyatakan meskipun pertemuan Trump-Putin tidak menghasilkan kesepakatan langsung, pembicaraan tetap produktif.",
      ),
    ],
  },
  {
    id: "trump-says-meeting-opened-more-intense-communication",
    kind: "position",
    holderId: "donald-trump",
    reporterId: null,
    attribution: "reported-speech",
    cue: "menekankan",
    issueIds: ["open-communication"],
    stance: "supports",
    outcomeId: "continue-communication",
    summary: {
      en: "Trump stressed that the meeting opened a more intense channel of communication.",
      id: "Trump menekankan pertemuan ini membuka jalur komunikasi yang lebih intens.",
    },
    evidence: [s000("Trump menekankan pertemuan ini membuka jalur komunikasi yang lebih intens.")],
  },
  {
    id: "trump-plans-to-call-zelenskyy-and-nato-leaders",
    kind: "outcome",
    holderId: "donald-trump",
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["ukraine-war", "nato-involvement"],
    stance: "neutral",
    outcomeId: "trump-to-call-zelenskyy-and-nato",
    summary: {
      en: "Trump plans to contact Ukraine's President Zelenskyy and NATO leaders to discuss further steps.",
      id: "Trump berencana menghubungi Presiden Ukraina Zelenskyy dan para pemimpin NATO untuk membahas langkah-langkah lebih lanjut.",
    },
    evidence: [
      s000("Ia berencana menghubungi Presiden Ukraina Volodymyr Zelenskyy dan para pemimpin NATO."),
      s000(
        "Trump berencana menghubungi Presiden Ukraina Volodymyr Zelenskyy dan para pemimpin NATO untuk membahas langkah-langkah lebih lanjut.",
      ),
    ],
  },
  {
    id: "trump-stresses-multilateral-coordination",
    kind: "position",
    holderId: "donald-trump",
    reporterId: null,
    attribution: "reported-speech",
    cue: "menyebut",
    issueIds: ["ukraine-war", "nato-involvement"],
    stance: "supports",
    summary: {
      en: "Trump cited the importance of multilateral coordination so that the Ukraine conflict can be dealt with quickly and effectively.",
      id: "Trump menyebut pentingnya koordinasi multilateral agar konflik Ukraina dapat segera ditangani secara efektif.",
    },
    evidence: [
      s000(
        "Ia menyebut pentingnya koordinasi multilateral agar konflik Ukraina dapat segera ditangani secara efektif.",
      ),
    ],
  },
  {
    id: "summit-a-starting-point-not-final-settlement",
    kind: "assessment",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["ukraine-war", "peace-settlement"],
    stance: "neutral",
    summary: {
      en: "The Alaska summit is regarded as a starting point for further diplomacy, not a final settlement.",
      id: "KTT Alaska dianggap sebagai titik awal untuk diplomasi lanjutan, bukan penyelesaian akhir.",
    },
    evidence: [
      s000(
        "Dalam konteks ini, pertemuan KTT Alaska dianggap sebagai titik awal untuk diplomasi lanjutan, bukan penyelesaian akhir.",
      ),
    ],
  },
  {
    id: "putin-next-time-in-moscow",
    kind: "position",
    holderId: "vladimir-putin",
    reporterId: null,
    attribution: "direct-quote",
    cue: "candaan",
    issueIds: ["follow-up-meeting"],
    stance: "supports",
    outcomeId: "follow-up-meeting-in-moscow",
    summary: {
      en: "At the end of the meeting Putin joked: “Next time in Moscow”.",
      id: "Di akhir pertemuan Putin bercanda: “Next time in Moscow”.",
    },
    evidence: [s000("Momen menarik lainnya adalah candaan Putin di akhir pertemuan: “Next time in Moscow”.")],
  },
  {
    id: "moscow-joke-signals-possible-follow-up",
    kind: "assessment",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["follow-up-meeting"],
    stance: "neutral",
    outcomeId: "follow-up-meeting-in-moscow",
    summary: {
      en: "The journalist reads Putin's joke as signalling a possible follow-up meeting in Moscow, which sparked speculation about whether such a meeting is feasible.",
      id: "Jurnalis membaca candaan Putin sebagai tanda kemungkinan pertemuan lanjutan di Moskow, yang memicu spekulasi tentang kelayakan pertemuan di Rusia.",
    },
    evidence: [
      s000(
        "Candaan ini menandakan kemungkinan pertemuan lanjutan di ibu kota Rusia. Meskipun disampaikan dengan nada ringan, komentar ini memicu spekulasi terkait kelayakan pertemuan di Rusia.",
      ),
    ],
  },
  {
    id: "putin-asserted-russia-strategic-position",
    kind: "assessment",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["russia-international-standing"],
    stance: "neutral",
    summary: {
      en: "The journalist judges that Putin succeeded in asserting Russia's strategic position globally, while Trump showed active US involvement in international diplomacy.",
      id: "Jurnalis menilai Putin berhasil menegaskan posisi strategis Rusia di panggung global, sementara Trump menunjukkan keterlibatan aktif AS dalam diplomasi internasional.",
    },
    evidence: [
      s000(
        "Putin berhasil menegaskan posisi strategis Rusia di panggung global. Sementara itu, Trump menunjukkan keterlibatan aktif AS dalam diplomasi internasional.",
      ),
    ],
  },
  {
    id: "putin-first-us-visit-in-a-decade",
    kind: "fact",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["bilateral-relations"],
    stance: "neutral",
    summary: {
      en: "The visit is Putin's first to the US in ten years (a decade); he last visited in 2015 for the UN General Assembly in New York. Source 000 adds that it took place at a military base.",
      id: "Kunjungan ini adalah kunjungan pertama Putin ke AS dalam sepuluh tahun (satu dekade) terakhir; terakhir ia datang pada 2015 untuk Sidang Umum PBB di New York. Sumber 000 menambahkan bahwa kunjungan itu berlangsung di pangkalan militer.",
    },
    evidence: [
      s000(
        "Ini karena merupakan kunjungan pertama Putin ke AS selama sepuluh tahun terakhir, yang berlangsung di pangkalan militer.",
      ),
      s001(
        "Kunjungan ini juga merupakan yang pertama bagi Putin ke AS dalam satu dekade terakhir. Sebelumnya, presiden Rusia tersebut terakhir kali menginjakan kaki di negeri Paman Sam pada tahun 2015 saat menghadiri Sidang Umum PBB di New York.",
      ),
    ],
  },
  {
    id: "analysts-meeting-gives-putin-legitimacy",
    kind: "assessment",
    holderId: "international-analysts",
    reporterId: null,
    attribution: "analysis",
    cue: "menilai",
    issueIds: ["russia-international-standing"],
    stance: "neutral",
    summary: {
      en: "Some international analysts judge that the meeting gives Putin political legitimacy.",
      id: "Beberapa analis internasional menilai pertemuan ini memberikan legitimasi politik bagi Putin.",
    },
    evidence: [
      s000("Beberapa analis internasional menilai pertemuan ini memberikan legitimasi politik bagi Putin."),
    ],
  },
  {
    id: "analysts-trump-could-build-leverage",
    kind: "assessment",
    holderId: "international-analysts",
    reporterId: null,
    attribution: "analysis",
    cue: null,
    issueIds: ["ukraine-war"],
    stance: "neutral",
    summary: {
      en: "In the same analysts' paragraph: Trump could use the opportunity to build diplomatic leverage on the Ukraine conflict.",
      id: "Dalam paragraf analis yang sama: Trump bisa memanfaatkan kesempatan ini untuk membangun leverage diplomatik terkait konflik Ukraina.",
    },
    evidence: [
      s000(
        "Trump bisa memanfaatkan kesempatan ini untuk membangun leverage diplomatik terkait konflik Ukraina.",
      ),
    ],
  },
  {
    id: "international-media-leaders-understood-positions",
    kind: "report",
    holderId: "international-media",
    reporterId: null,
    attribution: "reported-speech",
    cue: "mencatat",
    issueIds: ["open-communication"],
    stance: "neutral",
    outcomeId: "no-formal-agreement",
    summary: {
      en: "International media noted that, despite no formal agreement, three hours of discussion let the two leaders understand each other's positions.",
      id: "Media internasional mencatat, meskipun tidak ada kesepakatan resmi, diskusi tiga jam memungkinkan kedua pemimpin saling memahami posisi masing-masing.",
    },
    evidence: [
      s000(
        "Media internasional mencatat, meskipun tidak ada kesepakatan resmi, diskusi selama tiga jam memungkinkan kedua pemimpin saling memahami posisi masing-masing.",
      ),
    ],
  },
  {
    id: "analysts-trump-seeks-advantage-putin-strengthens-image",
    kind: "assessment",
    holderId: "analysts",
    reporterId: null,
    attribution: "analysis",
    cue: "menilai",
    issueIds: ["russia-international-standing"],
    stance: "neutral",
    summary: {
      en: "Analysts judge that Trump is trying to gain a diplomatic advantage, while Putin uses the meeting to strengthen Russia's image as a major player.",
      id: "Analis menilai Trump mencoba mendapatkan keuntungan diplomatik, sementara Putin memakai pertemuan ini untuk memperkuat citra Rusia sebagai pemain utama.",
    },
    evidence: [
      s000(
        "Analis menilai Trump mencoba mendapatkan keuntungan diplomatik. Sementara itu, Putin menggunakan pertemuan ini untuk memperkuat citra Rusia sebagai pemain utama.",
      ),
    ],
  },
  {
    id: "leaders-agree-to-continue-communication-official-channels",
    kind: "outcome",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["open-communication", "follow-up-meeting"],
    stance: "neutral",
    outcomeId: "continue-communication",
    summary: {
      en: "Trump and Putin agreed to continue communicating through official channels; the diplomatic path remains open.",
      id: "Trump dan Putin sepakat melanjutkan komunikasi melalui jalur resmi; jalur diplomatik tetap terbuka.",
    },
    evidence: [
      s000("Trump-Putin sepakat melanjutkan komunikasi melalui jalur resmi."),
      s000("Meskipun kesepakatan resmi belum tercapai, jalur diplomatik tetap terbuka."),
    ],
  },
  {
    id: "world-awaits-initial-understanding-becoming-formal",
    kind: "assessment",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["ukraine-war", "bilateral-relations"],
    stance: "neutral",
    outcomeId: "initial-understanding",
    summary: {
      en: "The world is waiting to see whether the initial understanding Putin claims can become a formal agreement.",
      id: "Dunia menunggu apakah pemahaman awal yang diklaim Putin bisa menjadi kesepakatan formal.",
    },
    evidence: [
      s000(
        "Dunia kini menunggu apakah pemahaman awal yang diklaim Putin bisa diterjemahkan menjadi kesepakatan formal di masa depan.",
      ),
      s000(
        "Dunia kini menanti apakah Putin bisa menerjemahkan pemahaman awal yang ia klaim menjadi kesepakatan formal.",
      ),
    ],
  },

  // ══ Source 001 ═════════════════════════════════════════════════════════════
  {
    id: "first-round-of-talks-held-in-alaska",
    kind: "fact",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["bilateral-relations"],
    stance: "neutral",
    summary: {
      en: "The first round of negotiations between Putin and Trump took place in Alaska.",
      id: "Putaran pertama perundingan antara Putin dan Trump telah berlangsung di Alaska.",
    },
    evidence: [
      s001(
        "Putaran pertama perundingan antara Presiden Rusia, Vladimir Putin, dan Presiden Amerika Serikat, Donald Trump, telah berlangsung di negara bagian Alaska.",
      ),
    ],
  },
  {
    id: "kremlin-confirms-two-representatives-each",
    kind: "report",
    holderId: "kremlin",
    reporterId: null,
    attribution: "reported-speech",
    cue: "mengonfirmasi",
    issueIds: ["bilateral-relations"],
    stance: "neutral",
    summary: {
      en: "The Kremlin confirmed that each president was accompanied by two key representatives of his government.",
      id: "Kremlin mengonfirmasi bahwa setiap presiden didampingi oleh dua perwakilan kunci dari pemerintahannya.",
    },
    evidence: [
      s001(
        "pihak Kremlin mengonfirmasi bahwa setiap presiden didampingi oleh dua perwakilan kunci dari pemerintahan mereka",
      ),
    ],
  },
  {
    id: "most-significant-communication-after-four-years",
    kind: "fact",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["bilateral-relations", "open-communication"],
    stance: "neutral",
    summary: {
      en: "The Anchorage dialogue is the most significant communication between the two countries' leaders after more than four years of broken intense diplomatic relations.",
      id: "Dialog di Anchorage adalah komunikasi paling signifikan antara pemimpin kedua negara setelah lebih dari empat tahun terputusnya hubungan diplomatik yang intens.",
    },
    evidence: [
      s001(
        "Dialog yang berlangsung di Anchorage ini menjadi momen penting karena merupakan komunikasi paling signifikan antara pemimpin kedua negara setelah lebih dari empat tahun terputusnya hubungan diplomatik yang intens.",
      ),
    ],
  },
  {
    id: "global-challenges-push-sides-to-talk",
    kind: "assessment",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["climate-change", "global-security", "trade", "open-communication"],
    stance: "neutral",
    summary: {
      en: "Global challenges such as climate change, international security and global trade increasingly push both sides to resume direct communication.",
      id: "Tantangan global seperti perubahan iklim, keamanan internasional, dan perdagangan global semakin mendesak kedua pihak untuk menjalin kembali komunikasi langsung.",
    },
    evidence: [
      s001(
        "Kontur politik dunia saat ini, yang ditandai dengan berbagai tantangan, seperti perubahan iklim, keamanan internasional, dan perdagangan global, semakin mendesak kedua belah pihak untuk menjalin kembali komunikasi secara langsung.",
      ),
    ],
  },
  {
    id: "sanctions-and-china-make-timing-right-for-putin",
    kind: "assessment",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["sanctions", "bilateral-relations"],
    stance: "neutral",
    summary: {
      en: "With Russia facing international sanctions and China strengthening its global position, the journalist sees the visit as the right moment for Putin to pursue more constructive diplomacy with the US.",
      id: "Dengan Rusia menghadapi sanksi internasional dan Tiongkok memperkuat posisinya, jurnalis melihat kunjungan ini sebagai waktu yang tepat bagi Putin untuk diplomasi yang lebih konstruktif dengan AS.",
    },
    evidence: [
      s001(
        "Saat Rusia mulai menghadapi berbagai sanksi internasional dan Tiongkok semakin memperkuat posisinya di arena global, bagi Putin, kunjungan ini sekaligus menjadi waktu yang tepat untuk mewujudkan diplomasi yang lebih konstruktif dengan Amerika Serikat.",
      ),
    ],
  },
  {
    id: "trump-faces-pressure-ahead-of-elections",
    kind: "assessment",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["domestic-politics"],
    stance: "neutral",
    summary: {
      en: "Trump faces political pressure ahead of upcoming elections and hopes to show voters he can build positive international relations.",
      id: "Trump menghadapi tekanan politik menjelang pemilihan mendatang dan berharap menunjukkan kepada pemilihnya bahwa ia mampu membangun hubungan internasional yang positif.",
    },
    evidence: [
      s001(
        "Trump, yang saat ini menghadapi tekanan politik menjelang pemilihan mendatang, tentunya berharap untuk menunjukkan kepada pemilihnya bahwa dia mampu membangun hubungan internasional yang positif.",
      ),
    ],
  },
  {
    id: "putin-faces-domestic-criticism",
    kind: "assessment",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["domestic-politics"],
    stance: "neutral",
    summary: {
      en: "Putin faces domestic criticism over foreign and economic policy and needs outside support to address his problems.",
      id: "Putin menghadapi kritik domestik atas kebijakan luar negeri dan ekonomi serta memerlukan dukungan dari luar untuk mengatasi masalahnya.",
    },
    evidence: [
      s001(
        "Putin, dihadapkan pada kritik domestik karena kebijakan luar negeri dan ekonomi, memerlukan dukungan dari luar untuk mengatasi berbagai masalah yang dihadapinya.",
      ),
    ],
  },
  {
    id: "topics-cyber-influence-terrorism",
    kind: "fact",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["cyber-security", "russian-influence", "terrorism"],
    stance: "neutral",
    summary: {
      en: "Among the topics discussed, the main attention went to cyber security, Russian influence in Europe and the Middle East, and countering global terrorism.",
      id: "Di antara topik yang dibahas, perhatian utama tertuju pada keamanan siber, pengaruh Rusia di Eropa dan Timur Tengah, serta upaya mengatasi terorisme global.",
    },
    evidence: [
      s001(
        "Di antara topik yang dibahas, perhatian utama cenderung tertuju pada keamanan siber, pengaruh Rusia di kawasan Eropa dan Timur Tengah, serta upaya untuk mengatasi ancaman terorisme global.",
      ),
    ],
  },
  {
    id: "both-sides-committed-to-open-communication",
    kind: "outcome",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["open-communication"],
    stance: "neutral",
    outcomeId: "continue-communication",
    summary: {
      en: "Both sides committed to keeping communication open and transparent, which the journalist calls important to counter misinformation and avoid needless escalation.",
      id: "Kedua pihak berkomitmen menjaga komunikasi yang terbuka dan transparan, yang menurut jurnalis penting untuk menangkal misinformasi dan menghindari eskalasi.",
    },
    evidence: [
      s001(
        "Satu hal yang menarik perhatian dalam dialog ini adalah komitmen kedua belah pihak untuk menjaga komunikasi yang terbuka dan transparan. Hal ini sangat penting untuk menangkal misinformasi dan menghindari eskalasi ketegangan yang tidak perlu.",
      ),
    ],
  },
  {
    id: "experts-pragmatic-approach-incl-trade",
    kind: "assessment",
    holderId: "experts",
    reporterId: null,
    attribution: "analysis",
    cue: "Menurut",
    issueIds: ["bilateral-relations", "trade"],
    stance: "supports",
    summary: {
      en: "According to experts, a more pragmatic approach to bilateral issues, including trade, could pave the way for healthier relations.",
      id: "Menurut para ahli, cara pandang yang lebih pragmatis terhadap isu bilateral, termasuk perdagangan, dapat membuka jalan bagi hubungan yang lebih sehat.",
    },
    evidence: [
      s001(
        "Menurut para ahli, cara pandang yang lebih pragmatis dalam menangani isu-isu bilateral, termasuk perdagangan, dapat membuka jalan bagi hubungan yang lebih sehat di masa depan.",
      ),
    ],
  },
  {
    id: "leaders-agree-to-continue-talks-structured-format",
    kind: "outcome",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["follow-up-meeting", "open-communication"],
    stance: "neutral",
    outcomeId: "continue-communication",
    summary: {
      en: "As a result of the meeting, the two leaders agreed to continue the discussions soon in a more structured format.",
      id: "Sebagai hasil pertemuan, kedua pemimpin sepakat melanjutkan diskusi dalam waktu dekat dengan format yang lebih terstruktur.",
    },
    evidence: [
      s001(
        "Sebagai hasil dari pertemuan ini, kedua pemimpin sepakat untuk melanjutkan diskusi dalam waktu dekat dengan format yang lebih terstruktur.",
      ),
    ],
  },
  {
    id: "despite-differences-both-value-open-channels",
    kind: "assessment",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["open-communication"],
    stance: "neutral",
    summary: {
      en: "Despite fundamental differences, both countries appear to agree on the importance of keeping communication channels open.",
      id: "Meskipun ada perbedaan mendasar, kedua negara tampaknya menyetujui pentingnya menjaga saluran komunikasi yang terbuka.",
    },
    evidence: [
      s001(
        "Ini menandakan bahwa meskipun ada berbagai perbedaan mendasar, kedua negara tampaknya menyetujui pentingnya menjaga saluran komunikasi yang terbuka.",
      ),
    ],
  },
  {
    id: "meeting-may-shift-direction-of-relations",
    kind: "assessment",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["bilateral-relations", "global-stability"],
    stance: "neutral",
    summary: {
      en: "The meeting could mark the start of a shift in Russia–US relations, with hopes of a positive effect on global stability.",
      id: "Pertemuan ini bisa menjadi awal pergeseran arah hubungan Rusia dan AS, dengan harapan efek positif bagi stabilitas global.",
    },
    evidence: [
      s001("pertemuan ini bisa menjadi awal dari pergeseran arah dalam hubungan Rusia dan Amerika Serikat"),
      s001("yang diharapkan dapat memberikan efek positif bagi stabilitas global"),
    ],
  },

  // ══ Source 002 ═════════════════════════════════════════════════════════════
  {
    id: "trump-welcomes-putin-in-alaska",
    kind: "fact",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["bilateral-relations"],
    stance: "neutral",
    summary: {
      en: "Trump welcomed Putin in Alaska (photo caption credited to TASS).",
      id: "Trump menyambut Putin di Alaska (keterangan foto dari TASS).",
    },
    evidence: [s002("Presiden AS Donald Trump menyambut Presiden Rusia Vladimir Putin di Alaska. Foto/tass")],
  },
  {
    id: "putin-delivered-invitation-in-person",
    kind: "fact",
    holderId: "vladimir-putin",
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["follow-up-meeting"],
    stance: "neutral",
    outcomeId: "follow-up-meeting-in-moscow",
    summary: {
      en: "At the Alaska summit Putin delivered the invitation to Trump in person.",
      id: "Dalam pertemuan puncak di Alaska Putin menyampaikan undangan itu langsung kepada Trump.",
    },
    evidence: [
      s002(
        "Dalam pertemuan puncak pekan lalu di Alaska, Presiden Rusia Vladimir Putin menyampaikan undangan tersebut kepada Trump secara langsung.",
      ),
    ],
  },
  {
    id: "trump-accepted-invitation-per-lavrov",
    kind: "report",
    holderId: "donald-trump",
    reporterId: "sergey-lavrov",
    attribution: "reported-speech",
    cue: "menyatakan",
    issueIds: ["follow-up-meeting"],
    stance: "supports",
    outcomeId: "trump-accepts-moscow-invitation",
    summary: {
      en: "Lavrov told Rossiya 24 that Trump “accepted the invitation”.",
      id: "Lavrov mengatakan kepada Rossiya 24 bahwa Trump “menerima undangan”.",
    },
    evidence: [
      s002(
        "Dalam wawancara dengan saluran televisi Rossiya 24 pada hari Selasa, Lavrov menyatakan Trump “menerima undangan”",
      ),
    ],
  },
  {
    id: "trump-found-moscow-visit-interesting-per-lavrov",
    kind: "report",
    holderId: "donald-trump",
    reporterId: "sergey-lavrov",
    attribution: "reported-speech",
    cue: "mengingat",
    issueIds: ["follow-up-meeting"],
    stance: "supports",
    outcomeId: "follow-up-meeting-in-moscow",
    summary: {
      en: "Lavrov recalled that during the summit Trump had called the idea of visiting Russia “interesting”.",
      id: "Lavrov mengingat bahwa selama pertemuan puncak Trump menyebut gagasan mengunjungi Rusia “menarik”.",
    },
    evidence: [
      s002(
        "mengingat selama pertemuan puncak tersebut, presiden AS telah mengindikasikan gagasannya untuk mengunjungi Rusia “menarik.”",
      ),
    ],
  },
  {
    id: "trump-acknowledges-pressure-over-moscow-trip",
    kind: "position",
    holderId: "donald-trump",
    reporterId: null,
    attribution: "reported-speech",
    cue: "mengakui",
    issueIds: ["follow-up-meeting", "domestic-politics"],
    stance: "neutral",
    summary: {
      en: "At the joint press conference Trump acknowledged he might “get a little pressure” for travelling to Moscow.",
      id: "Dalam konferensi pers bersama Trump mengakui ia mungkin “mendapat sedikit tekanan” karena bepergian ke Moskow.",
    },
    evidence: [
      s002(
        "Dalam konferensi pers bersama dengan Putin pekan lalu, Trump mengakui ia mungkin “mendapat sedikit tekanan” karena bepergian ke Moskow.",
      ),
    ],
  },
  {
    id: "trump-sees-possibility-of-moscow-visit",
    kind: "position",
    holderId: "donald-trump",
    reporterId: null,
    attribution: "reported-speech",
    cue: "mengatakan",
    issueIds: ["follow-up-meeting"],
    stance: "open",
    outcomeId: "follow-up-meeting-in-moscow",
    summary: {
      en: "Trump nevertheless said he “could see it happening”.",
      id: "Meski demikian Trump mengatakan ia “melihat kemungkinan hal itu terjadi”.",
    },
    evidence: [s002("Meskipun demikian, ia mengatakan ia “melihat kemungkinan hal itu terjadi.”")],
  },
  {
    id: "first-in-person-meeting-since-2019",
    kind: "fact",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["ukraine-war", "bilateral-relations"],
    stance: "neutral",
    summary: {
      en: "Putin and Trump met in person for the first time since 2019, in Anchorage, to discuss ways to resolve the Ukraine conflict and normalise Moscow–Washington relations.",
      id: "Putin dan Trump bertemu langsung untuk pertama kalinya sejak 2019 di Anchorage untuk membahas penyelesaian konflik Ukraina dan normalisasi hubungan Moskow–Washington.",
    },
    evidence: [
      s002(
        "Putin dan Trump bertemu langsung untuk pertama kalinya sejak 2019 di Anchorage, Alaska, untuk membahas cara-cara menyelesaikan konflik Ukraina serta menormalisasi hubungan antara Moskow dan Washington.",
      ),
    ],
  },
  {
    id: "invitation-reflects-russian-intent-to-repair-ties",
    kind: "assessment",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["follow-up-meeting", "bilateral-relations"],
    stance: "neutral",
    summary: {
      en: "The journalist reads the invitation to Moscow as reflecting Russia's intention to repair relations that have worsened in recent years.",
      id: "Jurnalis membaca undangan ke Moskow sebagai cerminan niat Rusia memperbaiki hubungan yang memburuk dalam beberapa tahun terakhir.",
    },
    evidence: [
      s002(
        "Mengundang Trump ke Moskow mencerminkan niat Rusia untuk memperbaiki hubungan yang telah memburuk dalam beberapa tahun terakhir.",
      ),
    ],
  },
  {
    id: "domestic-reactions-will-shape-diplomacy",
    kind: "assessment",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["domestic-politics"],
    stance: "neutral",
    summary: {
      en: "Domestic reactions in each leader's country will also decide whether the diplomatic process continues.",
      id: "Reaksi dari lingkungan domestik masing-masing pemimpin juga akan menentukan kelanjutan proses diplomasi.",
    },
    evidence: [
      s002(
        "Namun, reaksi yang timbul dari lingkungan domestik masing-masing pemimpin juga akan menentukan kelanjutan dari proses diplomasi ini.",
      ),
    ],
  },
  {
    id: "first-direct-meeting-after-tense-period",
    kind: "fact",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["bilateral-relations"],
    stance: "neutral",
    summary: {
      en: "The Alaska meeting is a historic milestone as the first direct meeting after a period full of tension.",
      id: "Pertemuan di Alaska menjadi tonggak sejarah sebagai pertemuan langsung pertama setelah periode yang penuh ketegangan.",
    },
    evidence: [
      s002(
        "Pertemuan di Alaska menjadi tonggak sejarah, mengingat ini adalah pertemuan langsung pertama setelah periode yang penuh ketegangan.",
      ),
    ],
  },
  {
    id: "leaders-discussed-global-security-and-ukraine",
    kind: "fact",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["global-security", "ukraine-war"],
    stance: "neutral",
    summary: {
      en: "The leaders discussed various issues, including global security and the Ukraine conflict; Ukraine was the main focus, and the two countries hold different views on it.",
      id: "Kedua pemimpin membahas berbagai isu, termasuk keamanan global dan konflik Ukraina; Ukraina menjadi fokus utama, dan kedua negara memiliki pandangan berbeda.",
    },
    evidence: [
      s002(
        "Dalam pertemuan ini, kedua pemimpin berdiskusi mengenai berbagai isu, termasuk keamanan global dan konflik Ukraina.",
      ),
      s002(
        "Diskusi mengenai Ukraina merupakan fokus utama dalam pertemuan ini. Kedua negara memiliki pandangan yang berbeda dalam hal ini",
      ),
    ],
  },
  {
    id: "trump-stresses-open-communication",
    kind: "position",
    holderId: "donald-trump",
    reporterId: null,
    attribution: "reported-speech",
    cue: "menekankan",
    issueIds: ["open-communication"],
    stance: "supports",
    summary: {
      en: "Both leaders, Trump among them, stressed the importance of open communication to avoid further misunderstanding.",
      id: "Kedua pemimpin, termasuk Trump, menekankan pentingnya komunikasi terbuka untuk menghindari kesalahpahaman lebih lanjut.",
    },
    evidence: [
      s002(
        "Keduanya menekankan pentingnya komunikasi terbuka untuk menghindari kesalahpahaman lebih lanjut.",
      ),
    ],
  },
  {
    id: "putin-stresses-open-communication",
    kind: "position",
    holderId: "vladimir-putin",
    reporterId: null,
    attribution: "reported-speech",
    cue: "menekankan",
    issueIds: ["open-communication"],
    stance: "supports",
    summary: {
      en: "Both leaders, Putin among them, stressed the importance of open communication to avoid further misunderstanding.",
      id: "Kedua pemimpin, termasuk Putin, menekankan pentingnya komunikasi terbuka untuk menghindari kesalahpahaman lebih lanjut.",
    },
    evidence: [
      s002(
        "Keduanya menekankan pentingnya komunikasi terbuka untuk menghindari kesalahpahaman lebih lanjut.",
      ),
    ],
  },
  {
    id: "presidents-discussed-economic-cooperation",
    kind: "fact",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["economic-cooperation"],
    stance: "neutral",
    summary: {
      en: "The two presidents also discussed potential economic cooperation that could benefit both sides.",
      id: "Kedua presiden juga membahas potensi kerja sama ekonomi yang bisa menguntungkan kedua pihak.",
    },
    evidence: [
      s002(
        "Selain itu, kedua presiden juga membahas potensi kerjasama di bidang ekonomi yang bisa menguntungkan kedua pihak.",
      ),
    ],
  },
  {
    id: "political-observers-positive-step-new-era",
    kind: "assessment",
    holderId: "political-observers",
    reporterId: null,
    attribution: "analysis",
    cue: "menilai",
    issueIds: ["bilateral-relations"],
    stance: "supports",
    summary: {
      en: "Political observers judge the meeting a positive step towards a new era in US–Russia relations.",
      id: "Pengamat politik menilai pertemuan ini langkah positif menuju era baru hubungan AS dan Rusia.",
    },
    evidence: [
      s002(
        "Pengamat politik menilai bahwa pertemuan ini adalah langkah positif menuju era baru hubungan antara Amerika Serikat dan Rusia.",
      ),
    ],
  },
  {
    id: "public-response-to-invitation-mixed",
    kind: "assessment",
    holderId: "the-public",
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["follow-up-meeting"],
    stance: "neutral",
    summary: {
      en: "Public response to the invitation is mixed: some support it as a way to ease tension, others are sceptical of what it may achieve.",
      id: "Respons publik terhadap undangan beragam: sebagian mendukung sebagai upaya meredakan ketegangan, yang lain skeptis terhadap hasilnya.",
    },
    evidence: [
      s002(
        "Respons publik terhadap undangan ini cukup variatif, mencerminkan beragam pandangan yang ada. Beberapa pihak mendukung langkah ini sebagai upaya untuk meredakan ketegangan, sementara yang lain skeptis terhadap hasil yang mungkin dicapai.",
      ),
    ],
  },
  {
    id: "politicians-divided-good-relations-affect-stability",
    kind: "assessment",
    holderId: "politicians",
    reporterId: null,
    attribution: "reported-speech",
    cue: "Menurut mereka",
    issueIds: ["follow-up-meeting", "bilateral-relations", "global-stability"],
    stance: "neutral",
    summary: {
      en: "Among politicians some voiced support while others warned of risks; in their view good US–Russia relations would significantly affect global stability.",
      id: "Di kalangan politisi sebagian mendukung, yang lain memperingatkan risiko; menurut mereka hubungan baik AS–Rusia akan berdampak signifikan pada stabilitas global.",
    },
    evidence: [
      s002(
        "Dari kalangan politisi, beberapa langsung memberikan pernyataan mendukung, sementara yang lain memperingatkan risiko yang mengikutinya. Menurut mereka, hubungan baik antara Amerika dan Rusia akan memiliki dampak signifikan pada stabilitas global.",
      ),
    ],
  },
  {
    id: "analysts-trump-considering-invitation-may-shift-us-policy",
    kind: "assessment",
    holderId: "international-analysts",
    reporterId: null,
    attribution: "analysis",
    cue: "menilai",
    issueIds: ["follow-up-meeting", "bilateral-relations"],
    stance: "neutral",
    summary: {
      en: "International analysts judge that Trump's considering the invitation could change the direction of US foreign policy.",
      id: "Analis internasional menilai langkah Trump mempertimbangkan undangan ini bisa mengubah arah kebijakan luar negeri AS.",
    },
    evidence: [
      s002(
        "analis internasional menilai bahwa langkah Trump untuk mempertimbangkan undangan ini bisa jadi merubah arah kebijakan luar negeri AS",
      ),
    ],
  },
  {
    id: "many-warn-defence-and-human-rights-stumbling-blocks",
    kind: "assessment",
    holderId: "many-parties",
    reporterId: null,
    attribution: "reported-speech",
    cue: "mengingatkan",
    issueIds: ["defence-policy", "human-rights", "bilateral-relations"],
    stance: "neutral",
    summary: {
      en: "Many warn of risks: tensions in other areas such as defence policy and human rights could still be stumbling blocks.",
      id: "Banyak pihak mengingatkan risiko: ketegangan di bidang lain seperti kebijakan pertahanan dan hak asasi manusia tetap bisa menjadi batu sandungan.",
    },
    evidence: [
      s002(
        "banyak pihak yang mengingatkan tentang risiko yang mungkin muncul. Ketegangan di bidang lainnya, seperti kebijakan pertahanan dan masalah hak asasi manusia, tetap bisa menjadi batu sandungan.",
      ),
    ],
  },
  {
    id: "normalisation-could-be-breakthrough",
    kind: "assessment",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["bilateral-relations"],
    stance: "neutral",
    summary: {
      en: "If both sides reach agreement and normalise relations, it could be a beneficial breakthrough opening cooperation in many sectors.",
      id: "Jika kedua pihak mencapai kesepakatan dan menormalisasi hubungan, ini bisa menjadi terobosan yang membuka kerja sama di berbagai sektor.",
    },
    evidence: [
      s002(
        "Jika kedua belah pihak mampu mencapai kesepakatan dan menormalisasi hubungan, ini bisa menjadi terobosan yang menguntungkan. Rendahnya ketegangan bisa membuka peluang kerjasama di berbagai sektor.",
      ),
    ],
  },

  // ══ Source 003 ═════════════════════════════════════════════════════════════
  {
    id: "putin-wants-to-restore-relations-and-economic-ties-per-kuzmarov",
    kind: "position",
    holderId: "vladimir-putin",
    reporterId: "jeremy-kuzmarov",
    attribution: "analysis",
    cue: "dikabarkan",
    issueIds: ["bilateral-relations", "economic-cooperation"],
    stance: "supports",
    summary: {
      en: "According to Jeremy Kuzmarov (in an interview with RIA Novosti), Putin has a strong wish to repair diplomatic relations and strengthen economic cooperation with the US, and appears committed to reviving mutually beneficial ties with Washington.",
      id: "Menurut Jeremy Kuzmarov (dalam wawancara dengan RIA Novosti), Putin berkeinginan kuat memperbaiki hubungan diplomatik dan memperkuat kerja sama ekonomi dengan AS, serta tampak berkomitmen menghidupkan kembali hubungan yang saling menguntungkan dengan Washington.",
    },
    evidence: [
      s003("Pakar: Putin Tunjukkan Minat Pulihkan Hubungan Rusia–AS"),
      s003(
        "Presiden Rusia Vladimir Putin dikabarkan memiliki keinginan kuat untuk memperbaiki hubungan diplomatik sekaligus memperkuat kerja sama ekonomi dengan Amerika Serikat (AS). Pernyataan ini disampaikan oleh Jeremy Kuzmarov, Pemimpin Redaksi Covert Action Magazine, dalam wawancara dengan kantor berita RIA Novosti.",
      ),
      s003(
        "Menurut Kuzmarov, Putin tampak berkomitmen untuk menghidupkan kembali hubungan diplomatik dan ekonomi yang saling menguntungkan dengan Washington.",
      ),
    ],
  },
  {
    id: "kuzmarov-unclear-if-trump-will-lift-sanctions",
    kind: "assessment",
    holderId: "jeremy-kuzmarov",
    reporterId: null,
    attribution: "analysis",
    cue: null,
    issueIds: ["sanctions", "economic-cooperation"],
    stance: "neutral",
    summary: {
      en: "It remains unclear whether Trump is willing to lift all sanctions on Russia or return to post-Cold War style cooperation (in the paragraph presenting Kuzmarov's view).",
      id: "Masih belum jelas apakah Trump bersedia mencabut seluruh sanksi terhadap Rusia atau mengembalikan kerja sama seperti era pasca-Perang Dingin (dalam paragraf yang memaparkan pandangan Kuzmarov).",
    },
    evidence: [
      s003(
        "Namun, masih belum jelas apakah Trump bersedia mencabut seluruh sanksi terhadap Rusia atau mengembalikan kebijakan kerja sama seperti era pasca-Perang Dingin.",
      ),
    ],
  },
  {
    id: "kuzmarov-trump-would-face-domestic-opposition",
    kind: "assessment",
    holderId: "jeremy-kuzmarov",
    reporterId: null,
    attribution: "direct-quote",
    cue: "kata",
    issueIds: ["sanctions", "domestic-politics"],
    stance: "neutral",
    summary: {
      en: "Kuzmarov: if Trump tried to do that, he would face a lot of political opposition at home.",
      id: "Kuzmarov: jika Trump mencoba melakukan itu, ia akan menghadapi banyak penolakan politik di dalam negeri.",
    },
    evidence: [
      s003(
        "“Jika Trump mencoba melakukan itu, ia akan menghadapi banyak penolakan politik di dalam negeri,” kata Kuzmarov.",
      ),
    ],
  },
  {
    id: "kuzmarov-ukraine-future-main-obstacle",
    kind: "assessment",
    holderId: "jeremy-kuzmarov",
    reporterId: null,
    attribution: "analysis",
    cue: "menyoroti",
    issueIds: ["ukraine-war"],
    stance: "neutral",
    summary: {
      en: "Kuzmarov highlighted that the future of the conflict in Ukraine remains the main obstacle.",
      id: "Kuzmarov menyoroti bahwa masa depan konflik di Ukraina masih menjadi ganjalan utama.",
    },
    evidence: [
      s003(
        "Selain soal sanksi, Kuzmarov menyoroti bahwa masa depan konflik di Ukraina masih menjadi ganjalan utama.",
      ),
    ],
  },
  {
    id: "kuzmarov-unclear-recognition-of-gains-and-nato-guarantee",
    kind: "assessment",
    holderId: "jeremy-kuzmarov",
    reporterId: null,
    attribution: "analysis",
    cue: null,
    issueIds: ["territorial-gains", "nato-expansion", "security-guarantees"],
    stance: "neutral",
    summary: {
      en: "It is unclear whether the US and Ukraine will recognise Russia's territorial gains in eastern Ukraine and guarantee that NATO will not expand to Ukraine (continuing Kuzmarov's point).",
      id: "Belum jelas apakah AS dan Ukraina akan mengakui keuntungan teritorial Rusia di Ukraina timur dan menjamin NATO tidak diperluas ke Ukraina (lanjutan pandangan Kuzmarov).",
    },
    evidence: [
      s003(
        "Belum jelas apakah AS dan Ukraina akan mengakui keuntungan teritorial Rusia di Ukraina timur serta bersedia menjamin bahwa NATO tidak akan diperluas ke Ukraina.",
      ),
    ],
  },
  {
    id: "two-conditions-prerequisite-for-lasting-peace",
    kind: "assessment",
    holderId: "jeremy-kuzmarov",
    reporterId: null,
    attribution: "analysis",
    cue: "dianggap",
    issueIds: ["territorial-gains", "nato-expansion", "peace-settlement"],
    stance: "conditional",
    summary: {
      en: "These two conditions (recognising the territorial gains and a guarantee against NATO expansion to Ukraine) are considered key prerequisites for a lasting peace between Russia and the West.",
      id: "Kedua syarat itu (pengakuan keuntungan teritorial dan jaminan NATO tidak diperluas ke Ukraina) dianggap prasyarat penting bagi perjanjian damai yang berkelanjutan antara Rusia dan Barat.",
    },
    evidence: [
      s003(
        "Kedua syarat ini dianggap sebagai prasyarat penting bagi terwujudnya perjanjian damai yang berkelanjutan antara Rusia dan Barat.",
      ),
    ],
  },
  {
    id: "talks-gave-impression-of-steps-to-peace",
    kind: "outcome",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["peace-settlement"],
    stance: "neutral",
    outcomeId: "steps-towards-peace-agreement",
    summary: {
      en: "The almost three-hour discussion gave the impression of steps towards a peace agreement.",
      id: "Diskusi hampir tiga jam itu menghasilkan kesan adanya langkah menuju perjanjian damai.",
    },
    evidence: [
      s003(
        "Diskusi tersebut berlangsung hampir tiga jam, menghasilkan kesan adanya langkah menuju perjanjian damai",
      ),
    ],
  },
  {
    id: "no-official-ceasefire-agreement",
    kind: "outcome",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["ceasefire"],
    stance: "neutral",
    outcomeId: "no-ceasefire-agreement",
    summary: {
      en: "There is as yet no official agreement on a ceasefire.",
      id: "Belum ada kesepakatan resmi mengenai gencatan senjata.",
    },
    evidence: [s003("meski belum ada kesepakatan resmi mengenai gencatan senjata")],
  },
  {
    id: "putin-and-regional-leaders-signed-accession-2022",
    kind: "fact",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["territorial-gains"],
    stance: "neutral",
    summary: {
      en: "On 30 September 2022 Putin and the leaders of Donetsk, Lugansk, Kherson and Zaporozhye signed agreements to join the Russian Federation.",
      id: "Pada 30 September 2022 Putin dan pimpinan wilayah Donetsk, Lugansk, Kherson, dan Zaporozhye menandatangani kesepakatan bergabung dengan Federasi Rusia.",
    },
    evidence: [
      s003(
        "Sebelumnya, pada 30 September 2022, Putin bersama pimpinan wilayah Donetsk, Lugansk, Kherson, dan Zaporozhye menandatangani kesepakatan bergabung dengan Federasi Rusia.",
      ),
    ],
  },
  {
    id: "referendum-claimed-majority-support",
    kind: "report",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: "diklaim",
    issueIds: ["territorial-gains"],
    stance: "neutral",
    summary: {
      en: "The step followed a referendum that was claimed (the text does not say by whom) to show a majority of local residents supporting integration with Moscow.",
      id: "Langkah itu diambil setelah referendum yang diklaim (teks tidak menyebut oleh siapa) menunjukkan mayoritas penduduk setempat mendukung integrasi dengan Moskow.",
    },
    evidence: [
      s003(
        "Langkah itu diambil setelah referendum yang diklaim menunjukkan mayoritas penduduk setempat mendukung integrasi dengan Moskow.",
      ),
    ],
  },
  {
    id: "summit-important-effort-results-uncertain",
    kind: "assessment",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["peace-settlement", "ukraine-war"],
    stance: "neutral",
    outcomeId: "steps-towards-peace-agreement",
    summary: {
      en: "The situation makes diplomacy more complex; the Alaska meeting was an important effort towards a peaceful solution, though its concrete results remain uncertain.",
      id: "Situasi ini membuat diplomasi makin kompleks; pertemuan di Alaska menjadi upaya penting menuju solusi damai, meski hasil nyatanya belum pasti.",
    },
    evidence: [
      s003(
        "Situasi ini membuat upaya diplomasi semakin kompleks, dan pertemuan Putin-Trump di Alaska menjadi salah satu upaya penting untuk membuka jalan menuju solusi damai, meski hasil nyatanya masih belum pasti.",
      ),
    ],
  },

  // ══ Source 004 ═════════════════════════════════════════════════════════════
  {
    id: "putin-reaffirms-intent-to-repair-relations",
    kind: "position",
    holderId: "vladimir-putin",
    reporterId: null,
    attribution: "reported-speech",
    cue: "menegaskan",
    issueIds: ["bilateral-relations"],
    stance: "supports",
    summary: {
      en: "Putin reaffirmed his intention to repair relations with the United States.",
      id: "Putin kembali menegaskan niatnya untuk memperbaiki relasi dengan Amerika Serikat.",
    },
    evidence: [
      s004(
        "Presiden Rusia Vladimir Putin kembali menegaskan niatnya untuk memperbaiki relasi dengan Amerika Serikat",
      ),
    ],
  },
  {
    id: "relations-worsened-over-ukraine-sanctions-tension",
    kind: "fact",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["bilateral-relations", "ukraine-war", "sanctions"],
    stance: "neutral",
    summary: {
      en: "In recent years relations between the two countries worsened because of the Ukraine conflict, economic sanctions and rising geopolitical tension.",
      id: "Dalam beberapa tahun terakhir hubungan kedua negara memburuk akibat konflik Ukraina, sanksi ekonomi, dan ketegangan geopolitik yang meningkat.",
    },
    evidence: [
      s004(
        "setelah beberapa tahun terakhir hubungan kedua negara memburuk akibat konflik Ukraina, sanksi ekonomi, serta ketegangan geopolitik yang semakin meningkat",
      ),
    ],
  },
  {
    id: "putin-restoring-ties-strategic-and-good-for-stability",
    kind: "position",
    holderId: "vladimir-putin",
    reporterId: null,
    attribution: "reported-speech",
    cue: "menyebutkan",
    issueIds: ["bilateral-relations", "global-stability"],
    stance: "supports",
    summary: {
      en: "In his latest interview Putin said restoring Russia–US relations is a strategic step that benefits both countries and affects global stability.",
      id: "Dalam wawancara terbarunya Putin menyebutkan pemulihan hubungan Rusia–AS adalah langkah strategis yang menguntungkan kedua negara dan berdampak pada stabilitas global.",
    },
    evidence: [
      s004(
        "Dalam wawancara terbarunya, Putin menyebutkan bahwa upaya pemulihan hubungan Rusia–AS merupakan langkah strategis yang tidak hanya menguntungkan kedua negara, tetapi juga berdampak pada stabilitas global.",
      ),
    ],
  },
  {
    id: "putin-door-to-diplomacy-open-despite-differences",
    kind: "position",
    holderId: "vladimir-putin",
    reporterId: null,
    attribution: "reported-speech",
    cue: "Menurutnya",
    issueIds: ["bilateral-relations"],
    stance: "open",
    summary: {
      en: "In Putin's view, despite fundamental differences over regional security and foreign-policy interests, the door to diplomacy remains open.",
      id: "Menurut Putin, meski ada perbedaan pandangan mendasar soal keamanan regional dan kepentingan politik luar negeri, pintu diplomasi tetap terbuka.",
    },
    evidence: [
      s004(
        "Menurutnya, meski terdapat perbedaan pandangan mendasar terkait keamanan regional maupun kepentingan politik luar negeri, pintu diplomasi tetap terbuka.",
      ),
    ],
  },
  {
    id: "putin-washington-crucial-direct-dialogue",
    kind: "position",
    holderId: "vladimir-putin",
    reporterId: null,
    attribution: "reported-speech",
    cue: "menilai",
    issueIds: ["open-communication", "global-stability"],
    stance: "supports",
    summary: {
      en: "Putin judges that Washington plays a crucial role in maintaining world order, so direct dialogue must continue to be put first.",
      id: "Putin menilai Washington berperan krusial dalam menjaga tatanan dunia, sehingga dialog langsung harus terus dikedepankan.",
    },
    evidence: [
      s004(
        "Putin menilai bahwa Washington memiliki peran krusial dalam menjaga tatanan dunia, dan karena itu dialog langsung harus terus dikedepankan.",
      ),
    ],
  },
  {
    id: "putin-open-to-honest-transparent-discussion",
    kind: "position",
    holderId: "vladimir-putin",
    reporterId: null,
    attribution: "direct-quote",
    cue: "ujar",
    issueIds: ["open-communication", "global-stability"],
    stance: "open",
    summary: {
      en: "Putin: “We are open to honest and transparent discussion, because the world needs a new balance.”",
      id: "Putin: “Kami terbuka untuk diskusi yang jujur dan transparan, karena dunia membutuhkan keseimbangan baru.”",
    },
    evidence: [
      s004(
        "“Kami terbuka untuk diskusi yang jujur dan transparan, karena dunia membutuhkan keseimbangan baru,” ujar Putin.",
      ),
    ],
  },
  {
    id: "leaders-discussed-possible-breakthrough",
    kind: "fact",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["bilateral-relations"],
    stance: "neutral",
    summary: {
      en: "At the Alaska summit Putin and Trump discussed the possibility of a diplomatic breakthrough; restoring Russia–US relations was on the forum's agenda.",
      id: "Di pertemuan Alaska Putin dan Trump membahas kemungkinan terobosan diplomatik; pemulihan hubungan Rusia–AS hadir dalam forum tersebut.",
    },
    evidence: [
      s004(
        "di mana Putin dan Donald Trump, kandidat kuat dalam politik Amerika, membahas kemungkinan terobosan diplomatik",
      ),
      s004(
        "Kehadiran isu pemulihan hubungan Rusia–AS dalam forum tersebut memberi sinyal positif bahwa kedua belah pihak tengah mencari titik temu setelah masa-masa penuh konflik.",
      ),
    ],
  },
  {
    id: "putin-start-with-small-agreements",
    kind: "position",
    holderId: "vladimir-putin",
    reporterId: null,
    attribution: "reported-speech",
    cue: "menyebutkan",
    issueIds: ["bilateral-relations", "humanitarian", "disaster-relief", "terrorism"],
    stance: "supports",
    summary: {
      en: "Putin said restoring Russia–US relations could start with small agreements: cooperation on humanitarian issues, disaster relief and coordination against global terrorism.",
      id: "Putin menyebutkan pemulihan hubungan Rusia–AS dapat dimulai dari kesepakatan kecil: kerja sama isu kemanusiaan, penanggulangan bencana, dan koordinasi melawan terorisme global.",
    },
    evidence: [
      s004(
        "Putin menyebutkan bahwa pemulihan hubungan Rusia–AS dapat dimulai dari kesepakatan kecil, seperti kerja sama dalam isu kemanusiaan, penanggulangan bencana, hingga koordinasi dalam penanganan ancaman terorisme global.",
      ),
    ],
  },
  {
    id: "analysts-putin-pragmatic-not-demanding-sanctions-relief",
    kind: "assessment",
    holderId: "analysts",
    reporterId: null,
    attribution: "analysis",
    cue: "berpendapat",
    issueIds: ["sanctions", "open-communication"],
    stance: "neutral",
    summary: {
      en: "Many analysts argue Putin's stance shows pragmatic diplomacy: rather than demanding sanctions be lifted directly, he stresses constructive dialogue to build mutual trust.",
      id: "Banyak analis berpendapat sikap Putin menunjukkan diplomasi pragmatis: alih-alih menuntut pencabutan sanksi secara langsung, ia menekankan dialog konstruktif untuk membangun rasa saling percaya.",
    },
    evidence: [
      s004(
        "Banyak analis berpendapat bahwa sikap Putin menunjukkan strategi diplomasi pragmatis. Alih-alih menuntut pencabutan sanksi secara langsung, ia lebih menekankan pada dialog konstruktif yang bisa melahirkan rasa saling percaya.",
      ),
    ],
  },
  {
    id: "trump-national-interest-first-open-to-cooperation",
    kind: "position",
    holderId: "donald-trump",
    reporterId: null,
    attribution: "reported-speech",
    cue: "menegaskan",
    issueIds: ["bilateral-relations"],
    stance: "conditional",
    summary: {
      en: "Trump insisted US national interest remains the top priority, but did not rule out cooperating with Russia.",
      id: "Trump menegaskan kepentingan nasional AS tetap prioritas utama, namun tidak menutup kemungkinan kerja sama dengan Rusia.",
    },
    evidence: [
      s004(
        "Trump yang kembali menjadi figur penting dalam politik Amerika menegaskan bahwa kepentingan nasional AS tetap prioritas utama, namun tidak menutup kemungkinan menjalin kerja sama dengan Rusia.",
      ),
    ],
  },
  {
    id: "no-concrete-agreement-relations-back-on-agenda",
    kind: "outcome",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["bilateral-relations"],
    stance: "neutral",
    outcomeId: "no-formal-agreement",
    summary: {
      en: "There was no concrete agreement at the meeting, but restoring Russia–US relations is back on the agenda of serious discussion.",
      id: "Belum ada kesepakatan konkret dalam pertemuan, tetapi pemulihan hubungan Rusia–AS kembali masuk agenda pembahasan serius.",
    },
    evidence: [
      s004(
        "Meski dalam pertemuan tersebut belum ada kesepakatan konkret, setidaknya pemulihan hubungan Rusia–AS kembali masuk dalam agenda pembahasan serius.",
      ),
    ],
  },
  {
    id: "leaders-discussed-ukraine-energy-economy",
    kind: "fact",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["ukraine-war", "energy", "global-economic-stability"],
    stance: "neutral",
    summary: {
      en: "The two leaders also discussed the situation in Ukraine, energy and global economic stability.",
      id: "Kedua pemimpin juga membahas situasi di Ukraina, isu energi, dan stabilitas ekonomi global.",
    },
    evidence: [
      s004("Kedua pemimpin juga membahas situasi di Ukraina, isu energi, serta stabilitas ekonomi global."),
    ],
  },
  {
    id: "many-see-talks-as-start-to-reduce-escalation",
    kind: "assessment",
    holderId: "many-parties",
    reporterId: null,
    attribution: "narration",
    cue: "Bagi banyak pihak",
    issueIds: ["ukraine-war", "global-stability"],
    stance: "neutral",
    summary: {
      en: "For many, the conversation is a starting point for reducing the risk of a conflict escalation that could harm the world.",
      id: "Bagi banyak pihak, percakapan ini adalah titik awal untuk mengurangi risiko eskalasi konflik yang bisa berdampak buruk bagi dunia.",
    },
    evidence: [
      s004(
        "Bagi banyak pihak, percakapan ini adalah titik awal untuk mengurangi risiko eskalasi konflik yang bisa berdampak buruk bagi dunia internasional.",
      ),
    ],
  },
  {
    id: "us-demands-troop-withdrawal-before-normalisation",
    kind: "position",
    holderId: "united-states",
    reporterId: null,
    attribution: "reported-speech",
    cue: "menuntut",
    issueIds: ["troop-withdrawal", "bilateral-relations", "ukraine-war"],
    stance: "demands",
    summary: {
      en: "The United States has been demanding that Russia withdraw its troops from Ukrainian territory as the main condition before normalising relations.",
      id: "Amerika Serikat selama ini menuntut Rusia menarik pasukan dari wilayah Ukraina sebagai syarat utama sebelum normalisasi hubungan.",
    },
    evidence: [
      s004(
        "Amerika Serikat selama ini menuntut agar Rusia menarik pasukan dari wilayah Ukraina sebagai syarat utama sebelum melakukan normalisasi hubungan.",
      ),
    ],
  },
  {
    id: "russia-withdrawal-unrealistic-without-guarantees",
    kind: "position",
    holderId: "russia",
    reporterId: null,
    attribution: "reported-speech",
    cue: "menilai",
    issueIds: ["troop-withdrawal", "security-guarantees", "european-security"],
    stance: "conditional",
    summary: {
      en: "Russia considers a withdrawal unrealistic without security guarantees for its territory and interests in Eastern Europe.",
      id: "Rusia menilai penarikan pasukan tidak realistis tanpa jaminan keamanan bagi wilayah dan kepentingannya di Eropa Timur.",
    },
    evidence: [
      s004(
        "Di sisi lain, Rusia menilai langkah itu tidak realistis tanpa adanya jaminan keamanan bagi wilayah dan kepentingannya di kawasan Eropa Timur.",
      ),
    ],
  },
  {
    id: "us-domestic-politics-an-obstacle",
    kind: "assessment",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["domestic-politics"],
    stance: "neutral",
    summary: {
      en: "Besides Ukraine, US domestic politics is also an obstacle to restoring relations.",
      id: "Selain isu Ukraina, faktor politik domestik AS juga menjadi kendala pemulihan hubungan.",
    },
    evidence: [s004("Selain isu Ukraina, faktor politik domestik AS juga menjadi kendala.")],
  },
  {
    id: "congress-members-sceptical-of-russia",
    kind: "position",
    holderId: "members-of-congress",
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["domestic-politics", "bilateral-relations"],
    stance: "opposes",
    summary: {
      en: "Many members of Congress remain sceptical of Russia's intentions, so every diplomatic effort is often viewed with suspicion.",
      id: "Banyak anggota Kongres masih skeptis terhadap niat Rusia, sehingga setiap upaya diplomasi sering dipandang dengan curiga.",
    },
    evidence: [
      s004(
        "Banyak anggota Kongres masih skeptis terhadap niat Rusia, sehingga setiap upaya diplomasi sering dipandang dengan curiga.",
      ),
    ],
  },
  {
    id: "putin-dialogue-before-confrontation",
    kind: "position",
    holderId: "vladimir-putin",
    reporterId: null,
    attribution: "reported-speech",
    cue: "menegaskan",
    issueIds: ["open-communication", "bilateral-relations"],
    stance: "supports",
    summary: {
      en: "Putin insisted that dialogue must come before confrontation.",
      id: "Putin menegaskan bahwa dialog harus didahulukan dibanding konfrontasi.",
    },
    evidence: [s004("Namun, Putin tetap menegaskan bahwa dialog harus didahulukan dibanding konfrontasi.")],
  },
  {
    id: "putin-restoring-ties-a-global-need",
    kind: "position",
    holderId: "vladimir-putin",
    reporterId: null,
    attribution: "reported-speech",
    cue: "menekankan",
    issueIds: ["bilateral-relations", "global-stability"],
    stance: "supports",
    summary: {
      en: "Putin stressed that restoring Russia–US relations is not only a bilateral interest but part of a global need for long-term stability.",
      id: "Putin menekankan pemulihan hubungan Rusia–AS bukan hanya kepentingan bilateral, tetapi bagian dari kebutuhan global untuk stabilitas jangka panjang.",
    },
    evidence: [
      s004(
        "Ia menekankan bahwa pemulihan hubungan Rusia–AS bukan hanya kepentingan bilateral, tetapi juga bagian dari kebutuhan global untuk menciptakan stabilitas jangka panjang.",
      ),
    ],
  },
  {
    id: "experts-energy-entry-point-for-cooperation",
    kind: "assessment",
    holderId: "several-experts",
    reporterId: null,
    attribution: "analysis",
    cue: "melihat",
    issueIds: ["energy", "economic-cooperation"],
    stance: "supports",
    summary: {
      en: "Several experts see energy as a possible entry point for cooperation: as one of the world's largest energy suppliers, Russia could again become an important partner for America if tensions ease.",
      id: "Sejumlah pakar melihat isu energi bisa menjadi titik masuk kerja sama: sebagai salah satu pemasok energi terbesar dunia, Rusia berpotensi kembali menjadi mitra penting bagi Amerika jika ketegangan mereda.",
    },
    evidence: [
      s004(
        "Sejumlah pakar melihat bahwa isu energi bisa menjadi titik masuk kerja sama. Rusia, sebagai salah satu pemasok energi terbesar dunia, memiliki potensi untuk kembali menjadi mitra penting bagi Amerika jika ketegangan berhasil diredakan.",
      ),
    ],
  },
  {
    id: "cyber-cooperation-strategic-area",
    kind: "assessment",
    holderId: "several-experts",
    reporterId: null,
    attribution: "analysis",
    cue: "dipandang",
    issueIds: ["cyber-security"],
    stance: "supports",
    summary: {
      en: "Cooperation on cyber security is also seen as a strategic area for building mutual trust (continuing the experts' paragraph).",
      id: "Kerja sama di bidang keamanan siber juga dipandang sebagai area strategis untuk membangun rasa saling percaya (lanjutan paragraf para pakar).",
    },
    evidence: [
      s004(
        "Selain itu, kerja sama di bidang keamanan siber juga dipandang sebagai area strategis untuk membangun rasa saling percaya.",
      ),
    ],
  },
  {
    id: "putin-russia-does-not-want-endless-conflict",
    kind: "position",
    holderId: "vladimir-putin",
    reporterId: null,
    attribution: "reported-speech",
    cue: "menegaskan",
    issueIds: ["ukraine-war", "peace-settlement"],
    stance: "supports",
    summary: {
      en: "Putin insisted that Russia does not want to be trapped in an endless cycle of conflict.",
      id: "Putin menegaskan Rusia tidak ingin terjebak dalam lingkaran konflik tanpa akhir.",
    },
    evidence: [
      s004("Putin menegaskan bahwa Rusia tidak ingin terjebak dalam lingkaran konflik tanpa akhir."),
    ],
  },
  {
    id: "putin-cooperation-on-climate-food-nuclear",
    kind: "position",
    holderId: "vladimir-putin",
    reporterId: null,
    attribution: "reported-speech",
    cue: "percaya",
    issueIds: ["climate-change", "food-security", "nuclear-arms-control", "bilateral-relations"],
    stance: "supports",
    summary: {
      en: "Putin believes cooperation with America can open new paths on global challenges such as climate change, food security and nuclear arms control.",
      id: "Putin percaya kerja sama dengan Amerika dapat membuka jalan baru menghadapi tantangan global seperti perubahan iklim, ketahanan pangan, dan pengendalian senjata nuklir.",
    },
    evidence: [
      s004(
        "Ia percaya bahwa kerja sama dengan Amerika dapat membuka jalan baru dalam menghadapi tantangan global seperti perubahan iklim, ketahanan pangan, serta pengendalian senjata nuklir.",
      ),
    ],
  },
  {
    id: "observers-putin-move-political-manoeuvre",
    kind: "assessment",
    holderId: "international-observers",
    reporterId: null,
    attribution: "analysis",
    cue: "menilai",
    issueIds: ["russia-international-standing", "bilateral-relations"],
    stance: "neutral",
    summary: {
      en: "Some sceptical international observers judge Putin's move to be merely a political manoeuvre to improve Russia's image amid global isolation.",
      id: "Sebagian pengamat internasional yang skeptis menilai langkah Putin hanyalah manuver politik untuk memperbaiki citra Rusia di tengah isolasi global.",
    },
    evidence: [
      s004(
        "Meski demikian, masih ada skeptisisme di kalangan pengamat internasional. Beberapa menilai bahwa langkah Putin hanyalah manuver politik untuk memperbaiki citra Rusia di tengah isolasi global.",
      ),
    ],
  },
  {
    id: "success-depends-on-follow-up-and-written-agreements",
    kind: "assessment",
    holderId: null,
    reporterId: null,
    attribution: "narration",
    cue: null,
    issueIds: ["bilateral-relations", "follow-up-meeting"],
    stance: "neutral",
    summary: {
      en: "If the commitment is consistently pursued through follow-up meetings, real cooperation and written agreements, the chances of success grow; whether restoration happens remains to be proven in the coming months.",
      id: "Jika komitmen ini konsisten diwujudkan melalui pertemuan lanjutan, kerja sama nyata, dan kesepakatan tertulis, peluang keberhasilan makin terbuka; apakah pemulihan terwujud masih harus dibuktikan dalam bulan-bulan mendatang.",
    },
    evidence: [
      s004(
        "Namun, jika komitmen ini konsisten diwujudkan melalui pertemuan lanjutan, kerja sama nyata, serta kesepakatan tertulis, maka peluang keberhasilan semakin terbuka.",
      ),
      s004("masih harus dibuktikan dalam bulan-bulan mendatang"),
    ],
  },
];
