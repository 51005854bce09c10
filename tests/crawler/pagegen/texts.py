# ruff: noqa: E501  (prose: one paragraph per line)
"""Article texts written for the fixtures (not copied from any outlet): BPJS Ketenagakerjaan
participation in each outlet's region, plus a few off-topic pieces."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Text:
    slug: str
    title: str
    published: str  # ISO with offset
    author: str
    section: str
    paragraphs: tuple[str, ...]
    relevant: bool = True
    # Extra: pages the article is split into (Tribun ?page=2); empty: one page.
    page2: tuple[str, ...] = field(default_factory=tuple)


OUTLET_TEXTS: dict[str, Text] = {
    "antara": Text(
        "bpjs-ketenagakerjaan-catat-peserta-aktif-nasional-capai-44-juta",
        "BPJS Ketenagakerjaan catat peserta aktif nasional capai 44 juta",
        "2025-07-16T15:20:00+07:00",
        "Muhammad Heriyanto",
        "Ekonomi",
        (
            "Jakarta (ANTARA) - BPJS Ketenagakerjaan mencatat jumlah peserta aktif secara nasional mencapai 44,2 juta pekerja per akhir Juni 2025.",
            "Direktur Kepesertaan BPJS Ketenagakerjaan di Jakarta, Rabu, mengatakan pertumbuhan terbesar berasal dari segmen pekerja bukan penerima upah.",
            "Menurut dia, cakupan kepesertaan baru sekitar 41 persen dari pekerja yang seharusnya terlindungi program jaminan sosial ketenagakerjaan.",
            "Pemerintah daerah diminta ikut mendaftarkan pekerja rentan melalui anggaran daerah maupun dana desa.",
        ),
    ),
    "antara-sultra": Text(
        "bpjamsostek-sultra-dorong-pemda-lindungi-nelayan-buton",
        "BPJamsostek Sultra dorong pemda lindungi nelayan Buton",
        "2025-03-12T10:30:00+08:00",
        "La Ode Muh. Deden",
        "Buton",
        (
            "Pasarwajo, Buton (ANTARA) - BPJS Ketenagakerjaan Sulawesi Tenggara mendorong Pemerintah Kabupaten Buton mendaftarkan nelayan tradisional sebagai peserta jaminan sosial.",
            "Kepala Cabang BPJS Ketenagakerjaan Baubau Andi Rahmat di Pasarwajo, Rabu, mengatakan baru 2.140 nelayan di Buton yang terdaftar sebagai peserta aktif.",
            "Iuran program jaminan kecelakaan kerja dan jaminan kematian bagi nelayan hanya Rp16.800 per bulan.",
            "Pemkab Buton berencana menanggung iuran 1.000 nelayan mulai April 2025.",
        ),
    ),
    "antara-sulteng": Text(
        "bpjamsostek-palu-lindungi-1200-pekerja-rentan-di-sigi",
        "BPJamsostek Palu lindungi 1.200 pekerja rentan di Sigi",
        "2025-04-22T14:10:00+08:00",
        "Moh. Ridwan",
        "Sigi",
        (
            "Sigi (ANTARA) - BPJS Ketenagakerjaan Cabang Palu bersama Pemerintah Kabupaten Sigi melindungi 1.200 pekerja rentan melalui program iuran yang ditanggung daerah.",
            "Kepala Cabang BPJS Ketenagakerjaan Palu Hendra Saputra di Sigi, Selasa, menyebut para pekerja itu terdiri atas petani, buruh tani dan pedagang kecil.",
            "Dengan tambahan tersebut jumlah peserta aktif di Kabupaten Sigi mencapai 18.450 orang per Maret 2025.",
            "Ia berharap program serupa dilanjutkan pada anggaran perubahan tahun ini.",
        ),
    ),
    "antara-kaltim": Text(
        "peserta-bpjs-ketenagakerjaan-di-kaltim-tembus-1-juta",
        "Peserta BPJS Ketenagakerjaan di Kaltim tembus 1 juta",
        "2025-05-06T09:45:00+08:00",
        "Ahmad Rifandi",
        "Ekonomi",
        (
            "Samarinda (ANTARA) - Jumlah peserta aktif BPJS Ketenagakerjaan di Kalimantan Timur menembus 1.012.300 pekerja per April 2025.",
            "Deputi Direktur Wilayah Kalimantan BPJS Ketenagakerjaan di Samarinda, Selasa, mengatakan sektor pertambangan dan perkebunan menjadi penyumbang terbesar.",
            "Meski begitu, sekitar 310.000 pekerja informal di Kaltim belum terlindungi jaminan sosial ketenagakerjaan.",
            "Pemprov Kaltim menargetkan cakupan kepesertaan mencapai 80 persen pada 2026.",
        ),
    ),
    "antara-sulsel": Text(
        "bpjamsostek-makassar-gandeng-ojol-daftar-peserta-bpu",
        "BPJamsostek Makassar gandeng ojol daftar peserta BPU",
        "2025-06-03T16:00:00+08:00",
        "Nur Suhra Wardyah",
        "Makassar",
        (
            "Makassar (ANTARA) - BPJS Ketenagakerjaan Cabang Makassar menggandeng komunitas pengemudi ojek daring untuk mendaftarkan anggotanya sebagai peserta bukan penerima upah.",
            "Kepala Cabang BPJS Ketenagakerjaan Makassar Sri Wahyuni di Makassar, Selasa, mengatakan 4.850 pengemudi telah mendaftar sejak Januari 2025.",
            "Peserta mendapat perlindungan kecelakaan kerja sejak berangkat dari rumah hingga kembali.",
            "Komunitas pengemudi menyambut baik program tersebut karena iurannya terjangkau.",
        ),
    ),
    "antara-sulut": Text(
        "bpjamsostek-manado-bayar-klaim-jht-rp98-miliar",
        "BPJamsostek Manado bayar klaim JHT Rp98 miliar",
        "2025-02-25T11:05:00+08:00",
        "Karel Alexander Polakitan",
        "Ekonomi",
        (
            "Manado (ANTARA) - BPJS Ketenagakerjaan Cabang Manado membayarkan klaim jaminan hari tua senilai Rp98 miliar sepanjang 2024.",
            "Kepala Cabang BPJS Ketenagakerjaan Manado Yohanes Lumintang di Manado, Selasa, mengatakan klaim itu diajukan oleh 9.730 peserta.",
            "Jumlah peserta aktif di Sulawesi Utara tercatat 356.900 pekerja per Desember 2024.",
            "Ia mengimbau peserta memanfaatkan layanan klaim daring agar tidak perlu antre di kantor cabang.",
        ),
    ),
    "antara-gorontalo": Text(
        "pemprov-gorontalo-tanggung-iuran-bpjs-ketenagakerjaan-petani-jagung",
        "Pemprov Gorontalo tanggung iuran BPJS Ketenagakerjaan petani jagung",
        "2025-08-14T13:30:00+08:00",
        "Adiwinata Solihin",
        "Gorontalo",
        (
            "Gorontalo (ANTARA) - Pemerintah Provinsi Gorontalo menanggung iuran BPJS Ketenagakerjaan bagi 5.000 petani jagung mulai Agustus 2025.",
            "Kepala Dinas Tenaga Kerja Provinsi Gorontalo di Gorontalo, Kamis, mengatakan anggaran Rp1 miliar disiapkan untuk program itu.",
            "Saat ini peserta aktif BPJS Ketenagakerjaan di Provinsi Gorontalo berjumlah 121.400 pekerja.",
            "Petani yang didaftarkan dipilih berdasarkan data kelompok tani di setiap kabupaten.",
        ),
    ),
    "tribun-sultra": Text(
        "bpjs-ketenagakerjaan-kendari-sasar-pekerja-pasar-sentral",
        "BPJS Ketenagakerjaan Kendari Sasar Pekerja Pasar Sentral",
        "2025-09-05T12:40:00+08:00",
        "Laode Ari",
        "Kendari",
        (
            "TRIBUNNEWSSULTRA.COM, KENDARI - BPJS Ketenagakerjaan Cabang Kendari menyasar pedagang dan buruh angkut di Pasar Sentral Kota Kendari.",
            "Sebanyak 640 pedagang mendaftar sebagai peserta dalam layanan jemput bola yang digelar sepekan terakhir.",
            "Kepala Bidang Kepesertaan menyebut peserta aktif di Kota Kendari kini mencapai 55.120 orang.",
        ),
        page2=(
            "Pihaknya juga membuka gerai layanan setiap Sabtu di kantor kelurahan.",
            "Para pedagang mengaku terbantu karena pendaftaran cukup menggunakan KTP.",
        ),
    ),
    "tribun-palu": Text(
        "2150-pekerja-konstruksi-di-palu-terdaftar-bpjamsostek",
        "2.150 Pekerja Konstruksi di Palu Terdaftar BPJamsostek",
        "2025-10-02T09:15:00+08:00",
        "Fandy Ahmat",
        "Palu",
        (
            "TRIBUNPALU.COM, PALU - Sebanyak 2.150 pekerja jasa konstruksi di Kota Palu terdaftar sebagai peserta BPJS Ketenagakerjaan hingga September 2025.",
            "Dinas PUPR Kota Palu mewajibkan setiap kontraktor proyek pemerintah melampirkan bukti kepesertaan pekerjanya.",
            "Proyek rehabilitasi pascabencana menjadi penyumbang terbanyak peserta baru.",
        ),
    ),
    "tribun-kaltim": Text(
        "bpjamsostek-balikpapan-catat-peserta-aktif-naik-8-persen",
        "BPJamsostek Balikpapan Catat Peserta Aktif Naik 8 Persen",
        "2025-07-24T12:40:00+08:00",
        "Heriani AM",
        "Balikpapan",
        (
            "TRIBUNKALTIM.CO, BALIKPAPAN - BPJS Ketenagakerjaan Cabang Balikpapan mencatat peserta aktif naik 8 persen dibanding tahun lalu.",
            "Hingga Juni 2025, peserta aktif di Kota Balikpapan tercatat 187.400 pekerja.",
            "Kenaikan terutama berasal dari proyek pembangunan di kawasan Ibu Kota Nusantara.",
        ),
    ),
    "kendaripos": Text(
        "bpjamsostek-kendari-serahkan-beasiswa-anak-peserta",
        "BPJamsostek Kendari Serahkan Beasiswa Anak Peserta",
        "2025-05-20T15:45:00+08:00",
        "Ilham Fajar",
        "Ekonomi",
        (
            "KENDARIPOS.CO.ID -- BPJS Ketenagakerjaan Cabang Kendari menyerahkan beasiswa pendidikan kepada 86 anak peserta yang meninggal dunia atau cacat total.",
            "Total beasiswa yang disalurkan mencapai Rp1,2 miliar untuk jenjang SD hingga perguruan tinggi.",
            "Kepala Cabang mengingatkan perusahaan agar tertib membayar iuran supaya manfaat peserta tidak terhambat.",
        ),
    ),
    "zonasultra": Text(
        "13-ribu-pekerja-di-kolaka-belum-terdaftar-bpjs-ketenagakerjaan",
        "13 Ribu Pekerja di Kolaka Belum Terdaftar BPJS Ketenagakerjaan",
        "2025-08-28T10:20:00+08:00",
        "Fadli Aksar",
        "Kolaka",
        (
            "ZONASULTRA.ID, KOLAKA - Sekitar 13.000 pekerja di Kabupaten Kolaka belum terdaftar sebagai peserta BPJS Ketenagakerjaan.",
            "Sebagian besar di antaranya bekerja di sektor pertambangan nikel skala kecil dan perkebunan kakao.",
            "Peserta aktif di Kolaka saat ini tercatat 24.760 orang per Juli 2025.",
        ),
    ),
    "inibalikpapan": Text(
        "bpjamsostek-samarinda-lindungi-marbot-masjid",
        "BPJamsostek Samarinda Lindungi Marbot Masjid",
        "2025-05-14T14:00:00+08:00",
        "Riana",
        "Samarinda",
        (
            "inibalikpapan.com, Samarinda - BPJS Ketenagakerjaan Cabang Samarinda bersama Pemkot Samarinda melindungi 1.450 marbot masjid dan guru mengaji.",
            "Iuran para pekerja rentan tersebut ditanggung APBD Kota Samarinda selama satu tahun.",
            "Wali Kota berharap perlindungan serupa dapat diperluas kepada pengurus gereja dan rumah ibadah lainnya.",
        ),
    ),
    "radarsulteng": Text(
        "pemkab-donggala-daftarkan-aparat-desa-ke-bpjs-ketenagakerjaan",
        "Pemkab Donggala Daftarkan Aparat Desa ke BPJS Ketenagakerjaan",
        "2025-03-18T08:30:00+08:00",
        "Rahmat Hidayat",
        "Donggala",
        (
            "DONGGALA - Pemerintah Kabupaten Donggala mendaftarkan 1.650 aparat desa sebagai peserta BPJS Ketenagakerjaan.",
            "Iuran dibayarkan melalui alokasi dana desa masing-masing sesuai peraturan bupati.",
            "Kepala Cabang BPJS Ketenagakerjaan Palu menyebut langkah itu menambah peserta aktif di Donggala menjadi 21.300 orang.",
        ),
    ),
    "wahananews-sulteng": Text(
        "bpjamsostek-tolitoli-gelar-sosialisasi-bagi-petani-cengkih-a1b2c3d4e5",
        "BPJamsostek Tolitoli Gelar Sosialisasi bagi Petani Cengkih",
        "2024-05-08T00:00:00+08:00",
        "Redaksi",
        "ekonomi",
        (
            "Sulteng.WahanaNews.co, Tolitoli - BPJS Ketenagakerjaan Cabang Tolitoli menggelar sosialisasi program jaminan sosial bagi petani cengkih.",
            "Sebanyak 320 petani langsung mendaftar sebagai peserta bukan penerima upah usai kegiatan tersebut.",
            "Kepala Cabang menjelaskan iuran dapat dibayar bulanan melalui agen Perisai di desa.",
        ),
    ),
    "metrosulawesi": Text(
        "peserta-aktif-bpjs-ketenagakerjaan-di-palu-capai-68-ribu",
        "Peserta Aktif BPJS Ketenagakerjaan di Palu Capai 68 Ribu",
        "2025-08-23T11:00:00+08:00",
        "Metrosulawesi",
        "Ekonomi",
        (
            "PALU – Peserta aktif BPJS Ketenagakerjaan di Kota Palu mencapai 68.240 pekerja per Juli 2025.",
            "Kepala Cabang BPJS Ketenagakerjaan Palu menyampaikan angka itu naik 5.300 peserta dibanding awal tahun.",
            "Sektor jasa dan perdagangan menjadi penyumbang peserta baru terbesar.",
        ),
    ),
    "persadakita": Text(
        "bpjs-ketenagakerjaan-dan-pemkab-konawe-bahas-perlindungan-pekerja-desa",
        "BPJS Ketenagakerjaan dan Pemkab Konawe Bahas Perlindungan Pekerja Desa",
        "2025-05-09T16:30:00+08:00",
        "Tim Persada Kita",
        "Daerah",
        (
            "KONAWE - BPJS Ketenagakerjaan Cabang Kendari bertemu Pemerintah Kabupaten Konawe membahas perlindungan bagi pekerja desa.",
            "Dalam pertemuan itu disebutkan per 30 April 2025 baru 3.870 pekerja desa di Konawe yang terdaftar sebagai peserta.",
            "Pemkab Konawe berjanji menganggarkan iuran bagi perangkat desa pada tahun anggaran berikutnya.",
        ),
    ),
}

OFF_TOPIC = Text(
    "harga-cabai-rawit-turun-jelang-akhir-pekan",
    "Harga Cabai Rawit Turun Jelang Akhir Pekan",
    "2025-09-04T08:00:00+08:00",
    "Redaksi",
    "Ekonomi",
    (
        "Harga cabai rawit di pasar tradisional turun menjadi Rp35.000 per kilogram jelang akhir pekan.",
        "Pedagang menyebut pasokan dari daerah sentra produksi kembali normal setelah panen raya.",
        "Dinas Perdagangan memantau harga bahan pokok setiap hari untuk menjaga daya beli warga.",
    ),
    relevant=False,
)

# Second relevant article for each family's local copy.
SECOND: dict[str, Text] = {
    "tribun": Text(
        "bpjs-ketenagakerjaan-bayar-santunan-jkm-ahli-waris-nelayan",
        "BPJS Ketenagakerjaan Bayar Santunan JKM Ahli Waris Nelayan",
        "2025-09-03T16:10:00+08:00",
        "Laode Ari",
        "Kendari",
        (
            "TRIBUNNEWSSULTRA.COM, KENDARI - BPJS Ketenagakerjaan menyerahkan santunan jaminan kematian Rp42 juta kepada ahli waris nelayan di Kendari.",
            "Nelayan tersebut terdaftar sebagai peserta bukan penerima upah sejak awal tahun.",
        ),
    ),
    "wordpress": Text(
        "bpjamsostek-kendari-resmikan-kantor-layanan-di-konawe-selatan",
        "BPJamsostek Kendari Resmikan Kantor Layanan di Konawe Selatan",
        "2025-08-20T09:00:00+08:00",
        "Fadli Aksar",
        "Konawe Selatan",
        (
            "ZONASULTRA.ID, ANDOOLO - BPJS Ketenagakerjaan Cabang Kendari meresmikan kantor layanan di Andoolo, Konawe Selatan.",
            "Kantor tersebut melayani pendaftaran peserta dan pengajuan klaim bagi warga di wilayah selatan.",
        ),
    ),
    "wahana": Text(
        "pekerja-rentan-di-parigi-moutong-terlindungi-bpjs-ketenagakerjaan-k9m8n7b6v5",
        "Pekerja Rentan di Parigi Moutong Terlindungi BPJS Ketenagakerjaan",
        "2024-05-07T00:00:00+08:00",
        "Redaksi",
        "ekonomi",
        (
            "Sulteng.WahanaNews.co, Parigi - Sebanyak 2.400 pekerja rentan di Kabupaten Parigi Moutong kini terlindungi BPJS Ketenagakerjaan.",
            "Iuran mereka ditanggung pemerintah kabupaten melalui anggaran tahun berjalan.",
        ),
    ),
    "generic": Text(
        "bpjamsostek-luwuk-catat-klaim-jkk-meningkat",
        "BPJamsostek Luwuk Catat Klaim JKK Meningkat",
        "2025-08-21T10:00:00+08:00",
        "Metrosulawesi",
        "Daerah",
        (
            "LUWUK – BPJS Ketenagakerjaan Cabang Luwuk mencatat klaim jaminan kecelakaan kerja meningkat sepanjang semester pertama 2025.",
            "Sebagian besar klaim berasal dari pekerja proyek smelter di Kabupaten Banggai.",
        ),
    ),
}
