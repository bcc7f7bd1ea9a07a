import csv, sys
sys.path.insert(0, '..')
from source_id import source_id

SRC_COLS = "source_id,title,publisher,authors,published,published_precision,url,seed_file,kind,title_reconstructed".split(",")
EV_COLS = "event_id,date,date_precision,end_date,end_date_precision,title,summary,event_type,location,latitude,longitude,claim_status,killed,injured,note,source_ids".split(",")
AS_COLS = "event_id,entity_id,role,asserted_by,assertion,asserted_on,asserted_on_precision,brand,channel,claimed_effect,confirmed_effect,confidence,note,source_ids".split(",")

S = {}
def src(key, url, title, publisher, published="", prec="", kind="news", recon="true", authors=""):
    sid = source_id(url)
    S[key] = dict(source_id=sid, title=title, publisher=publisher, authors=authors, published=published,
                  published_precision=prec, url=url, seed_file="", kind=kind, title_reconstructed=recon)
    return sid

k24 = src("k24", "https://www.kurdistan24.net/public/index.php/en/story/33623-Iran-backed-groups-carry-out-two-attacks-on-US-bases-in-Syria",
          "Iran-backed groups carry out two attacks on US bases in Syria", "Kurdistan24", recon="false")
sohr = src("sohr", "https://www.syriahr.com/en/321656/",
           "Drones and missiles | Iran-backed groups attack a US base in Deir Ezzor countryside",
           "Syrian Observatory for Human Rights", recon="false")
anews = src("anews", "https://www.anews.com.tr/middle-east/2024/01/09/us-bases-in-syria-come-under-rocket-drone-attacks",
            "U.S. bases in Syria come under rocket, drone attacks", "A News", "2024-01-09", "day", recon="false")
wtj = src("wtj", "https://www.world-today-journal.com/air-defense-broken-us-military-base-in-syria-destroyed-by-massive-explosion-wave/",
          "US base at Conoco field in Syria rocked by explosions after rocket attack",
          "world-today-journal.com (Tribunnews text)", kind="mirror")
masruna = src("masruna", "https://masruna.com/%d8%a7%d9%84%d9%85%d9%82%d8%a7%d9%88%d9%85%d8%a9-%d8%a7%d9%84%d8%b9%d8%b1%d8%a7%d9%82%d9%8a%d8%a9-%d8%aa%d8%b3%d8%aa%d9%87%d8%af%d9%81-%d9%82%d8%a7%d8%b9%d8%af%d8%a9-%d8%a7%d9%84%d8%b4%d8%af%d8%a7",
              "Iraqi resistance targets al-Shaddadi base (Arabic)", "masruna.com")
elman = src("elman", "https://elmanshar.com/2024/02/03/%d9%81%d8%b5%d8%a7%d8%a6%d9%84-%d8%b9%d8%b1%d8%a7%d9%82%d9%8a%d8%a9-%d9%85%d8%b3%d9%84%d8%ad%d8%a9-%d8%aa%d8%b3%d8%aa%d9%87%d8%af%d9%81-%d9%82%d8%a7%d8%b9%d8%af%d8%a9-%d8%ad%d8%b1%d9%8a%d8%b1",
            "Iraqi armed factions target Harir base (Arabic)", "El Manshar (elmanshar.com)", "2024-02-03", "day")
bnn = src("bnn", "https://bnnbreaking.com/world/us/islamic-resistance-in-iraq-launches-drone-strikes-on-u-s-base-in-erbil/",
          "Islamic Resistance in Iraq launches drone strikes on US base in Erbil", "BNN Breaking", "2024-02-03", "day")
nsl = src("nsl", "https://newsalist.net/ghdah-algharat-alyha-almqawmh-alaraqyh-tsthdf-qaadh-amyrkyh-fy-arbyl",
          "After the raids on it, Iraqi resistance targets a US base in Erbil (Arabic)", "newsalist.net")
it = src("it", "https://www.islamtimes.org/en/news/1113382/us-military-base-in-eastern-syria-targeted-with-drones",
         "US Military Base in Eastern Syria Targeted with Drones", "Islam Times", "2024-02-02", "day", recon="false")
k24b = src("k24b", "https://www.kurdistan24.net/en/story/33791-No-drone-shot-down-near-Erbil-airport:-CTD",
           "No drone shot down near Erbil airport: CTD", "Kurdistan24", "2024-01-18", "day", recon="false", authors="Wladimir van Wilgenburg")
EXISTING_PANAF = "panafricannews-1fc79"  # in data/sources.csv (13 Dec count of 97)
EXISTING_XINHUA = "people-01d3c"  # in data/sources.csv (SOHR count 71 after 2 Jan)
may = src("may", "https://almayadeen.net/amp/news/1791312/العراق---المقاومة-تستهدف-القاعدة-الأميركية-في-حقل-العمر-النف",
          "العراق: المقاومة تستهدف القاعدة الأميركية في حقل العمر النفطي في سوريا", "Al Mayadeen", "2023-12-12", "day", recon="false")

E = []
def ev(**kw):
    row = {c: "" for c in EV_COLS}; row.update(kw); E.append(row)
A = []
def a(event_id, entity_id, role, asserted_by, assertion, asserted_on="", prec="", brand="", channel="",
      claimed="", confirmed="", conf="medium", note="", sources=""):
    A.append(dict(event_id=event_id, entity_id=entity_id, role=role, asserted_by=asserted_by, assertion=assertion,
                  asserted_on=asserted_on, asserted_on_precision=prec, brand=brand, channel=channel,
                  claimed_effect=claimed, confirmed_effect=confirmed, confidence=conf, note=note, source_ids=sources))

# 1. 1 Jan 2024 Conoco / MSS Euphrates rockets
e1 = "e-20240101-conoco-rockets"
ev(event_id=e1, date="2024-01-01", date_precision="day",
   title="Rockets fired at Mission Support Site Euphrates (Conoco field)",
   summary="A Pentagon official told Kurdistan24 that multiple rockets were launched on a Monday at US and coalition forces at Mission Support Site Euphrates at the Conoco gas field, with no casualties and minor damage to infrastructure; the same official reported a one-way drone at Patrol Base Shaddadi that day. SOHR described what it called the first attack of 2024 on a US base in Syria: 11 missiles landing at the Koniko gas field together with a drone attack, without casualties. Kurdistan24 says the Islamic Resistance in Iraq claimed the missile attack on the field.",
   event_type="attack", location="Mission Support Site Euphrates, Conoco (Koniko) gas field, Deir ez-Zor, Syria",
   claim_status="confirmed", killed="0", injured="0",
   note="Neither page shows its date. 'Monday' resolved to 1 Jan 2024 because: the Pentagon count on the Kurdistan24 page (at least 115 attacks: 51 Iraq, 64 Syria) falls between the counts of at least 97 to 13 Dec (Al Mayadeen English via panafricannews-1fc79) and at least 140 on 18 Jan (Kurdistan24); SOHR calls its Koniko attack the first of 2024 with a Syria count of 68, below the 71 that Xinhua (people-01d3c) cites after the 2 Jan attacks; and the same-day Shaddadi drone matches the IRI claim already recorded for Monday 1 Jan (e-20240101-shaddadi-drone-claim). An Al Mayadeen English text (panafricannews mirror, 3 Jan) speaks of an IRI rocket claim on Conoco 'on Sunday'; that is probably the 30/31 Dec salvo (e-20231230-omar-conoco-rocket-salvos) and is not used here. Date confidence medium.",
   source_ids=f"{k24};{sohr};{k24b};{EXISTING_PANAF};{EXISTING_XINHUA}")
a(e1, "iri", "claimant", "iri", "claim", "2024-01-01", "day", "iri", "", "missile attack on the Conoco field", "", "medium",
  "Claim known only from Kurdistan24's summary; statement text not seen.", k24)
a(e1, "united-states", "target", "us-dod", "confirmation", "2024-01-01", "day", "", "other", "", "no casualties; minor damage to infrastructure", "high",
  "Unnamed Pentagon official speaking to Kurdistan24.", k24)
a(e1, "united-states", "target", "sohr", "confirmation", "", "", "", "statement", "", "11 missiles landed in the field plus a drone attack; no casualties", "medium",
  "SOHR says 'first attack of 2024'.", sohr)

# existing 1 Jan Shaddadi drone: add Pentagon confirmation
a("e-20240101-shaddadi-drone-claim", "united-states", "target", "us-dod", "confirmation", "2024-01-01", "day", "", "other", "",
  "one-way attack drone at Patrol Base Shaddadi; no injuries or damage", "high",
  "Added by incidents-gaps-2024b; Pentagon official to Kurdistan24 (date resolved as for e-20240101-conoco-rockets). Would move the event from claimed to confirmed.", k24)
a("e-20240101-shaddadi-drone-claim", "iri", "claimant", "iri", "claim", "2024-01-01", "day", "iri", "", "drone attack on the Shaddadi base", "", "medium",
  "Kurdistan24 says the IRI claimed the Shaddadi drone attack.", k24)

# 2-3. 8 Jan 2024 Conoco rockets and Kharab al-Jir drones (A News, local sources)
e2 = "e-20240108-conoco-rockets-intercepted"
ev(event_id=e2, date="2024-01-08", date_precision="day",
   title="Rockets aimed at US base in Conoco gas field reportedly stopped",
   summary="Local sources quoted by A News said that on Monday an attempt was made to hit the US base at the Conoco gas field in Deir ez-Zor with rockets of unknown origin, and that the base's air defences destroyed them before they reached the target. The US had issued no statement.",
   event_type="attack", location="US base, Conoco gas field, Deir ez-Zor, Syria", claim_status="reported",
   note="'Monday' resolved against the 9 Jan 2024 article date. Same article reports the 8 Jan morning rocket attack on al-Omar already in the dataset (e-20240108-al-omar-rocket-barrage). No claim found.",
   source_ids=anews)
a(e2, "united-states", "target", f"source:{anews}", "report", "2024-01-08", "day", "", "", "", "rockets destroyed by air defences before reaching the base", "medium",
  "Local sources; A News (Turkish state-aligned outlet) uses its own framing.", anews)
e3 = "e-20240108-kharab-al-jir-drones"
ev(event_id=e3, date="2024-01-08", date_precision="day",
   title="Kamikaze drones reportedly target Kharab al-Jir base",
   summary="Local sources quoted by A News said kamikaze drones of unknown origin targeted the Kharab al-Jir base in Hasakah where US forces are deployed on Monday, and that air defences destroyed them before they reached the base. The US had issued no statement.",
   event_type="attack", location="Kharab al-Jir base, Hasakah, Syria", claim_status="reported",
   note="'Monday' resolved against the 9 Jan 2024 article date. No claim found.", source_ids=anews)
a(e3, "united-states", "target", f"source:{anews}", "report", "2024-01-08", "day", "", "", "", "drones destroyed by air defences before reaching the base", "medium",
  "Local sources.", anews)

# 4. 11 Jan 2024 Shaddadi drone claim
e4 = "e-20240111-shaddadi-drone-claim"
ev(event_id=e4, date="2024-01-11", date_precision="day",
   title="IRI claims drone attack on al-Shaddadi base",
   summary="The Islamic Resistance in Iraq said on Thursday that it had targeted the al-Shaddadi base in Hasakah, which houses US forces, with a drone. A Tribunnews report also notes an IRI announcement of an attack on the US base at al-Shaddadi on 11 January. No confirmation or damage report was found.",
   event_type="attack", location="al-Shaddadi base, Hasakah, Syria", claim_status="claimed",
   note="masruna.com says 'today, Thursday' and 'on Sunday' the IRI announced its al-Arqab cruise-missile strike on Haifa (7 Jan, e-20240107-iri-claims-haifa-arqab-missile), so Thursday = 11 Jan; the Tribunnews text gives 11 January explicitly. The masruna text appears to be Al Mayadeen copy (sadadahie.com carries the same text). Claim only.",
   source_ids=f"{masruna};{wtj}")
a(e4, "iri", "claimant", "iri", "claim", "2024-01-11", "day", "iri", "statement", "drone attack on the base", "", "medium", "", f"{masruna};{wtj}")
a(e4, "united-states", "target", "iri", "claim", "2024-01-11", "day", "iri", "statement", "base housing US forces", "", "medium",
  "Target named in the claim; no US or independent confirmation found.", masruna)

# 5. 12 Jan 2024 Conoco rocket attack (Sputnik via Tribunnews)
e5 = "e-20240112-conoco-rocket-attack"
ev(event_id=e5, date="2024-01-12", date_precision="day",
   title="Large rocket attack reported on US base in Conoco field",
   summary="Tribunnews, citing Sputnik correspondents, reported that the US base at the Conoco field in north-east Syria was shaken by a series of powerful explosions on Friday 12 January after a large rocket attack, that US air defences tried to counter it, and that US aircraft and helicopters then flew over the area of the Conoco and al-Omar bases. The Iraqi resistance had not confirmed the attack.",
   event_type="attack", location="US base, Conoco gas field, Deir ez-Zor, Syria", claim_status="reported",
   note="Single secondary source (a mirror of Tribunnews relaying Sputnik). Its statement that the attack 'destroyed the base and its surroundings' is not supported by any other page seen and is not used. No US comment found; the IRI's 14 Jan claim on Conoco (e-20240114-iri-claims-three-bases) is two days later and is treated as separate.",
   source_ids=wtj)
a(e5, "united-states", "target", f"source:{wtj}", "report", "2024-01-12", "day", "", "", "", "explosions at the base after a rocket attack", "low",
  "Sputnik correspondents via Tribunnews; Iraqi resistance had not confirmed it.", wtj)

# 6. 3 Feb 2024 Harir claim
e6 = "e-20240203-harir-drone-claim"
ev(event_id=e6, date="2024-02-03", date_precision="day",
   title="IRI claims drone attack on Harir air base after US strikes",
   summary="On Saturday 3 February the Islamic Resistance in Iraq said it had attacked Harir air base in Erbil province, which hosts US forces, with drones; the pages describe it as one of the group's first operations after the US retaliatory strikes of 2 February in Iraq and Syria. No Kurdish or US confirmation was found.",
   event_type="attack", location="Harir air base, Erbil province", claim_status="claimed",
   note="El Manshar calls it the second attack in response to the US strikes (after a reported attack on Ain al-Asad, e-20240203-ain-al-asad-attack-reported); newsalist calls it the first IRI operation after the strikes. BNN Breaking speaks of 'a wave of drone strikes' on Erbil.",
   source_ids=f"{elman};{bnn};{nsl}")
a(e6, "iri", "claimant", "iri", "claim", "2024-02-03", "day", "iri", "statement", "drone attack on the base", "", "high", "", f"{elman};{nsl};{bnn}")
a(e6, "united-states", "target", "iri", "claim", "2024-02-03", "day", "iri", "statement", "base hosting US forces", "", "medium",
  "Target as named by the IRI statement.", f"{elman};{nsl}")

# 7. 3 Feb 2024 Ain al-Asad reported
e7 = "e-20240203-ain-al-asad-attack-reported"
ev(event_id=e7, date="2024-02-03", date_precision="day",
   title="Ain al-Asad reported attacked after US retaliatory strikes",
   summary="El Manshar said that sources in Iraq reported Ain al-Asad air base in Anbar had been targeted by Iraqi armed factions, the first field reaction to the US strikes on targets in Iraq and Syria, before the IRI claimed its Harir attack the same day. No weapon, damage, claim or official comment is given.",
   event_type="attack", location="Ain al-Asad air base, Anbar", claim_status="reported",
   note="One low-tier page only, reported second-hand ('sources in Iraq'); no US or Iraqi confirmation found. Low confidence.",
   source_ids=elman)
a(e7, "united-states", "target", f"source:{elman}", "report", "2024-02-03", "day", "", "", "", "base reported targeted; no details", "low",
  "Unnamed sources in Iraq.", elman)

# 8. early Feb 2024 al-Omar three drones
e8 = "e-202402-al-omar-three-drones"
ev(event_id=e8, date="2024-02", date_precision="month",
   title="Three drones reported at US base in al-Omar oil field",
   summary="Islam Times reported on Friday 2 February that the US base at Syria's al-Omar oil field had been targeted with three drones. No group had claimed responsibility, and no damage or casualties were given.",
   event_type="attack", location="US base, al-Omar oil field, Deir ez-Zor, Syria", claim_status="reported",
   note="The article is time-stamped 2 Feb 2024 10:41 but does not give the attack's day (likely 1 or 2 Feb), so month precision. Before the 2 Feb US strikes; distinct from the 4 Feb drone on the SDF academy at the same base (e-20240204-al-omar-drone-kills-sdf). Source is Iran-aligned.",
   source_ids=it)
a(e8, "united-states", "target", f"source:{it}", "report", "2024-02-02", "day", "", "", "", "base targeted with three drones", "low",
  "No claim; no named source.", it)

# existing 13 Dec al-Omar/Conoco: Al Mayadeen dates the al-Omar claim to Tuesday 12 Dec
x = "e-20231213-omar-conoco-rockets"
a(x, "iri", "claimant", "iri", "claim", "2023-12-12", "day", "iri", "statement", "rocket barrage hit the al-Omar base directly", "", "high",
  "Added by incidents-gaps-2024b. Al Mayadeen (12 Dec) has the IRI claiming the al-Omar rocket attack 'today, Tuesday' (12 Dec), one day before this event's date; treated as the same incident (±1 day rule).", may)
a(x, "united-states", "target", f"source:{may}", "report", "2023-12-12", "day", "", "", "", "explosions heard near the US base at Green Village (al-Omar)", "medium",
  "Al Mayadeen correspondent.", may)

# existing month event: the Monday is 11 Dec per Al Mayadeen
y = "e-202312-ain-al-asad-shaddadi-monday"
a(y, "iri", "claimant", "iri", "claim", "2023-12-11", "day", "iri", "statement", "large rocket barrage hit the al-Shaddadi base directly", "", "high",
  "Added by incidents-gaps-2024b. Al Mayadeen (published Tuesday 12 Dec) says the IRI hit the al-Shaddadi base with a large rocket barrage 'yesterday, Monday' (11 Dec). This supports dating this month-precision event to 11 Dec (then its Ain al-Asad part duplicates e-20231211-ain-al-asad-drone); not re-dated here because the other Monday (4 Dec) is not excluded by the page.", may)
a(y, "united-states", "target", f"source:{may}", "report", "2023-12-11", "day", "", "", "", "several rockets fell on the al-Shaddadi base; one hit an SDF post near it", "medium",
  "Field source quoted by Al Mayadeen.", may)

def write(name, cols, rows):
    with open(name, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols); w.writeheader(); w.writerows(rows)
write("sources.csv", SRC_COLS, list(S.values()))
write("events.csv", EV_COLS, E)
write("assertions.csv", AS_COLS, A)
print(len(S), len(E), len(A))
