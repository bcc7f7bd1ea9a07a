"""Builds the CSVs of this folder from the records below (all facts read in search results; see notes.md)."""
import csv, hashlib, re, sys
from urllib.parse import urlparse

def sid(url):
    host = urlparse(url).netloc.lower().removeprefix("www.").removeprefix("en.").removeprefix("english.")
    stem = re.sub(r"[^a-z0-9]+", "", host.split(".")[0]) or "src"
    return f"{stem[:14]}-{hashlib.sha1(url.encode()).hexdigest()[:5]}"

# key: (url, title, publisher, published, precision, kind, title_reconstructed)
S = {}
def src(key, url, title, publisher, published="", kind="news", recon="false"):
    prec = {10: "day", 7: "month", 4: "year"}.get(len(published), "") if published else ""
    S[key] = dict(source_id=sid(url), title=title, publisher=publisher, authors="", published=published,
                  published_precision=prec, url=url, seed_file="", kind=kind, title_reconstructed=recon)

# ---------------- sources: tallies ----------------
src("shafaq13", "https://www.shafaq.com/en/World/Pentagon-reports-13-attacks-on-US-forces-in-Iraq-and-Syria-by-Iran-backed-groups",
    "Pentagon reports 13 attacks on US forces in Iraq and Syria by Iran-backed groups", "Shafaq News", "2023-10-24", recon="true")
src("antiwar13", "https://news.antiwar.com/2023/10/24/pentagon-us-forces-in-iraq-and-syria-attacked-13-times-in-last-week/",
    "Pentagon: US Forces in Iraq and Syria Attacked 13 Times in Last Week", "Antiwar.com", "2023-10-24")
src("waradana13", "https://waradana.com/english/article/149871-pentagon-13-attacks-in-iraq-and-syria-in-a-week-injuring-24-american-soldiers",
    "Pentagon: 13 attacks in Iraq and Syria in a week, injuring 24 American soldiers", "Waradana", recon="true")
src("islamtimes16", "https://www.islamtimes.org/en/news/1091427/us-forces-allies-attacked-16-times-in-iraq-and-syria-this-month-pentagon-admits",
    "US Forces, Allies Attacked 16 Times in Iraq and Syria This Month, Pentagon Admits", "Islam Times", "2023-10-27")
src("dailysabah16", "https://www.dailysabah.com/world/mid-east/us-forces-attacked-16-times-in-iraq-syria-this-month-pentagon/amp",
    "US forces attacked 16 times in Iraq, Syria this month: Pentagon", "Daily Sabah")
src("alsiasi16", "https://english.alsiasi.com/us-allied-forces-attacked-16-times-in-iraq-syria-this-month-us-defense-department/",
    "US, allied forces attacked 16 times in Iraq, Syria this month: US Defense Department", "Alsiasi")
src("stripes23", "https://www.stripes.com/theaters/middle_east/2023-10-30/american-forces-drones-rockets-iraq-syria-iran-11880249.html",
    "US forces in Iraq and Syria attacked almost two dozen times in two weeks (Stars and Stripes)", "Stars and Stripes", "2023-10-30", recon="true")
src("antiwar23", "https://news.antiwar.com/2023/10/30/pentagon-us-forces-in-iraq-and-syria-attacked-23-times-since-october-17",
    "Pentagon: US Forces in Iraq and Syria Attacked 23 Times Since October 17", "Antiwar.com", "2023-10-30")
src("thehill23", "https://digital-stage.thehill.com/policy/defense/4283764-us-forces-attacked-23-times-in-iraq-and-syria-since-mid-october/amp",
    "US forces attacked 23 times in Iraq and Syria since mid-October", "The Hill")
src("electionpost23", "https://theelectionpost.com/u-s-targets-in-syria-and-iraq-attacked-at-least-23-times-in-past-two-weeks-defense-official-says/",
    "U.S. targets in Syria and Iraq attacked at least 23 times in past two weeks, defense official says", "theelectionpost (NBC News text)", kind="mirror", recon="true")
src("scripps27", "https://www.scrippsnews.com/us-news/military/pentagon-says-it-s-tracking-27-attacks-on-us-troops-in-iraq-and-syria",
    "Pentagon says it's tracking 27 attacks on US troops in Iraq and Syria", "Scripps News", "2023-10-31")
src("sputnikafrica27", "https://en.sputniknews.africa/20231101/pentagon-says-tracking-total-of-27-attacks-in-iraq-syria-over-past-two-weeks-1063244564.html",
    "Pentagon Says Tracking Total of 27 Attacks in Iraq, Syria Over Past Two Weeks", "Sputnik Africa", "2023-11-01")
src("k24_38", "https://www.kurdistan24.net/en/story/33073-US-forces-in-Iraq,-Syria-attacked-38-times-since-mid-October",
    "US forces in Iraq, Syria attacked 38 times since mid-October", "Kurdistan24", "2023-11-07")
src("sputnikafrica38", "https://en.sputniknews.africa/20231107/number-of-attacks-on-us-forces-in-iraq-syria-increase-to-38-over-weekend-1063373629.html",
    "Number of Attacks on US Forces in Iraq, Syria Increase to 38 Over Weekend", "Sputnik Africa", "2023-11-07")
src("asianlite46", "https://asianlite.com/2023/top-news/46-attacks-on-us-coalition-forces-in-iraq-syria-since-oct-17",
    "46 Attacks on US, Coalition Forces in Iraq & Syria Since Oct 17", "Asian Lite (CNN text)", "2023-11-10")
src("shafaq55", "https://www.shafaq.com/en/World/U-S-Forces-endure-55-attacks-in-Iraq-and-Syria-Pentagon-confirms",
    "U.S. Forces endure 55 attacks in Iraq and Syria, Pentagon confirms", "Shafaq News", "2023-11-14", recon="true")
src("k24_55", "https://www.kurdistan24.net/en/story/33158-55-attacks-carried-out-on-US-forces-in-Iraq,-Syria:-Dep.-Pentagon-Press-Sec.",
    "55 attacks carried out on US forces in Iraq, Syria: Dep. Pentagon Press Sec.", "Kurdistan24")
src("agenzianova55", "https://www.agenzianova.com/a/6553f1574cdde0.33035750/4662784/2023-11-14/medio-oriente-pentagono-dal-17-ottobre-55-attacchi-contro-truppe-usa-in-iraq-e-siria",
    "Medio Oriente: Pentagono, dal 17 ottobre 55 attacchi contro truppe Usa in Iraq e Siria", "Agenzia Nova", "2023-11-14", recon="true")
src("epoch55", "https://theepochtimes.com/world/pentagon-confirms-us-troops-attacked-55-times-in-iraq-and-syria-since-oct-17-post-5529695",
    "Pentagon Confirms US Troops Attacked 55 Times in Iraq, Syria Since Oct. 17", "The Epoch Times")
src("southfront62", "https://arab.southfront.press/u-s-reports-more-attacks-on-its-forces-in-iraq-syria",
    "U.S. reports more attacks on its forces in Iraq, Syria", "SouthFront", recon="true")
src("guardians60", "https://guardiansoftherepublic.com/us-troops-targeted-in-three-more-attacks-at-bases-in-iraq-syria-leaving-one-injured/",
    "US troops targeted in three more attacks at bases in Iraq, Syria, leaving one injured", "guardiansoftherepublic (citing AP)", kind="mirror")
src("almayadeen73", "https://english.almayadeen.net/news/politics/pentagon-says-us-troops-in-iraq--syria-not-targeted-since-tr",
    "Pentagon says US troops in Iraq, Syria not targeted since truce", "Al Mayadeen English")
src("rudaw78", "https://rudaw.net/english/middleeast/08122023-amp",
    "US forces attacked 78 times in Iraq, Syria: Pentagon", "Rudaw", "2023-12-08")
src("alsiasi97", "https://english.alsiasi.com/us-forces-attacked-97-times-in-syria-iraq-since-october-defense-official/",
    "US forces attacked 97 times in Syria, Iraq since October: Defense official", "alsiasi (Al Arabiya English text)", kind="mirror")
src("zerohedge102", "https://www.zerohedge.com/geopolitical/us-attacked-100-times-iraq-syria-october",
    "US Attacked 100 Times In Iraq & Syria Since October", "ZeroHedge (Antiwar.com text)", "2023-12-23", kind="mirror")
src("sputnik127", "https://sputnikglobe.com/20240109/us-forces-in-iraq-syria-attacked-9-times-since-january-4-1116085235.html",
    "US Forces in Iraq, Syria Attacked 9 Times Since January 4", "Sputnik", "2024-01-09")
src("usnn140", "https://www.usnn.news/140-iran-backed-attacks-targeted-us-troops-in-iraq-syria-since-oct-7-pentagon/",
    "140 Iran-Backed Attacks Targeted US Troops in Iraq, Syria Since Oct. 7: Pentagon", "USNN")
src("capitol140", "https://www.capitoltimesmedia.com/post/pentagon-confirms-nearly-140-iran-backed-attacks-on-u-s-troops-in-iraq-and-syria",
    "Pentagon Confirms \"Nearly 140\" Iran-Backed Attacks on U.S. Troops in Iraq and Syria", "Capitol Times Media", "2024-01-19")
src("ruthfully160", "http://www.ruthfullyyours.com/2024/01/31/at-least-160-attacks-carried-out-against-u-s-forces-in-the-middle-east-since-mid-october-by-eric-lendrum/",
    "At Least 160 Attacks Carried Out Against U.S. Forces in the Middle East Since Mid-October", "ruthfullyyours (American Greatness text)", "2024-01-31", kind="mirror")
src("nationofchange166", "https://www.nationofchange.org/2024/01/31/shift-in-strategy-iran-backed-iraqi-militia-halts-operations-against-us-forces/",
    "Shift in strategy: Iran-backed Iraqi militia halts operations against US forces", "NationofChange", "2024-01-31")
src("freshsyria165", "https://freshsyria.net/archives/127382",
    "Pentagon: Our military bases have subjected to 165 attacks in Syria and Iraq", "Fresh Syria")
src("militarytimes", "https://www.militarytimes.com/news/your-military/2024/02/13/70-of-casualties-from-recent-middle-east-attacks-are-brain-injuries/",
    "70% of casualties from recent Middle East attacks are brain injuries", "Military Times", "2024-02-13", recon="true")
src("tass175", "https://russia-islworld.ru/novosti//unmanned-aerial-vehicles-attacking-us-base-in-al-tanf-launched-from-iraq-2024-01-29-39138/",
    "Unmanned Aerial Vehicles Attacking US Base in Al-Tanf Launched from Iraq", "Russia - Islamic World (TASS text)", "2024-01-29", kind="mirror")
src("alarabiya150", "https://english.alarabiya.net/News/middle-east/2024/01/30/Iraq-s-Kataib-Hezbollah-suspends-military-operations-on-US-forces",
    "Iraq's Kataib Hezbollah suspends military operations on US forces", "Al Arabiya English", "2024-01-30", recon="true")
src("iranintl150", "https://iranintl.com/en/202402021837",
    "Iran-Backed Iraqi Militia Group Vows More Attacks On US Forces", "Iran International", "2024-02-02")
src("waradana75", "https://waradana.com/english/article/174458-clashes-between-the-iraqi-government-and-armed-factions",
    "Clashes between the Iraqi government and armed factions", "Waradana", recon="true")
src("medialine26", "https://themedialine.org/mideast-daily-news/rocket-and-drone-assault-on-us-base-in-syria-linked-to-iraqi-militia/",
    "Rocket and drone assault on US base in Syria linked to Iraqi militia", "The Media Line", "2023-11-09", recon="true")
src("stamford26", "https://stamfordherald.com/iraqi-shiite-militia-claims-2-attacks-on-u-s-base-in-ne-syria/",
    "Iraqi Shiite Militia Claims 2 Attacks on U.S. Base in NE Syria", "Stamford Herald (Xinhua text)", kind="mirror")
src("menafn135", "https://menafn.com/1108540596/US-Forces-In-Syria-On-High-Alert-After-Military-Base-Attacked",
    "U.S. Forces In Syria On High Alert After Military Base Attacked", "MENAFN (NNN-SANA text)", "2024-08-10", kind="mirror")

# ---------------- sources: February 2024 ----------------
src("defensepost_nujaba", "https://www.thedefensepost.com/2024/02/02/iraq-al-nujaba-attacks-on-us-troops/",
    "Iraq's Pro-Iran Al-Nujaba Movement Vows to Keep Up Attacks on US Troops", "The Defense Post (AFP)", "2024-02-02")
src("newregion_nujaba", "https://thenewregion.com/posts/209/iraq-s-pro-iran-al-nujaba-movement-vows-to-keep-up-attacks-on-us-troops",
    "Iraq's pro-Iran Al-Nujaba movement vows to keep up attacks on US troops", "The New Region (AFP)", "2024-02-02")
src("rudaw_nujaba", "https://rudaw.net/english/middleeast/iraq/020220241-amp",
    "Harakat al-Nujaba vows to continue attacks despite US retaliation warnings", "Rudaw", "2024-02-02")
src("urdupoint16", "https://www.urdupoint.com/en/world/civilians-among-16-dead-in-us-strikes-in-iraq-1791732.html",
    "Civilians Among 16 Dead In US Strikes In Iraq: Government", "UrduPoint (APP)", "2024-02-03")
src("nationpk16", "https://www.nation.com.pk/04-Feb-2024/civilians-among-16-dead-as-us-hits-85-sites-in-iraq-syria",
    "Civilians among 16 dead as US hits 85 sites in Iraq, Syria", "The Nation (Pakistan)", "2024-02-04", recon="true")
src("trt_mourning", "https://www.trtworld.com:443/article/16858898",
    "Iraq declares three days of mourning for US air strikes victims", "TRT World (AA)", "2024-02-04")
src("bharat16", "https://english.bharatexpress.com/world/iraqi-government-us-airstrikes-in-iraq-killed-16-including-civilians-131024",
    "Iraqi Government: US Airstrikes In Iraq Killed 16 Including Civilians", "Bharat Express")
src("shafaq_funeral", "https://www.shafaq.com/en/Iraq-News/Al-Ameri-al-Fayyadh-attend-funeral-of-PMF-fighters-killed-in-U-S-attack",
    "Al-Ameri, al-Fayyadh attend funeral of PMF fighters killed in U.S. attack", "Shafaq News", "2024-02-04")
src("marketscreener_funeral", "https://www.marketscreener.com/news/latest/Funeral-held-for-Iraqi-Shi-ite-victims-of-U-S-airstrike-45880114/",
    "Funeral held for Iraqi Shi'ite victims of U.S. airstrike", "MarketScreener (Reuters video text)", "2024-02-04")
src("bdnews_omar", "https://bdnews24.com/world/bbrlhkqafz",
    "Six US-backed Kurdish fighters killed in drone attack on US base in Syria", "bdnews24.com (Reuters)", "2024-02-05", recon="true")
src("memo_omar", "https://www.middleeastmonitor.com/20240205-6-us-backed-kurdish-fighters-killed-in-drone-attack-on-us-base-in-syria/",
    "6 US-backed Kurdish fighters killed in drone attack on US base in Syria", "Middle East Monitor (Reuters)", "2024-02-05")
src("wion_omar", "https://www.wionews.com/world/middle-east-crisis-drone-strike-on-syrian-democratic-forces-kills-seven-in-syria-687239",
    "Middle East crisis: Drone strike on Syrian Democratic Forces kills seven in Syria", "WION", "2024-02-05")
src("courier_omar", "https://www.thecourier.co.uk/news/uk-world/4886696/six-kurdish-fighters-killed-in-drone-attack-on-syrian-base-housing-us-troops/",
    "Six Kurdish fighters killed in drone attack on Syrian base housing US troops", "The Courier (PA/AP)", "2024-02-05")
src("twz_omar", "https://www.twz.com/news-features/iranian-backed-militia-claims-new-attack-on-u-s-base-in-syria",
    "Iranian-Backed Militia Claims New Attack On U.S. Base In Syria", "The War Zone")
src("fmt_omar", "https://dev-v4.freemalaysiatoday.com/category/world/2024/02/05/5-kurdish-led-fighters-killed-in-drone-attack-in-syria",
    "5 Kurdish-led fighters killed in drone attack in Syria", "Free Malaysia Today (AFP)", "2024-02-05")
src("i24_omar", "https://www.i24news.tv/en/news/middle-east/levant-turkey/1707125868-kurdish-forces-say-six-of-its-fighters-killed-by-drone-strike-at-u-s-base-in-syria",
    "Kurdish forces say six of its fighters killed by drone strike at U.S. base in Syria", "i24NEWS", "2024-02-05")
src("dailysabah_instab", "https://www.dailysabah.com/world/mid-east/iraq-labels-us-led-coalition-factor-of-instability-after-fresh-strike",
    "Iraq labels US-led coalition 'factor of instability' after fresh strike", "Daily Sabah (AFP)", "2024-02-08")
src("newregion_instab", "https://thenewregion.com/posts/228",
    "Iraq wants to end coalition mission 'more than ever before' after Baghdad drone strike", "The New Region", recon="true")
src("qatartribune_instab", "https://www.qatar-tribune.com/article/106961/world/iraq-condemns-clear-cut-assassination-operation-after-strike-in-baghdad",
    "Iraq condemns 'clear-cut assassination operation' after strike in Baghdad", "Qatar Tribune (Al Jazeera text)", kind="mirror")
src("thenational_instab", "https://www.thenationalnews.com/mena/iraq/2024/02/08/iraqi-government-condemns-irresponsible-us-strike-on-iran-backed-militia-leaders/",
    "The National", "The National", recon="true")  # existing data/sources row thenationalnew-2ad75 (reused as is)
src("dailyfrance_kh", "https://dailyfrance.org/ww3-fears-rising-as-hezbollah-issues-terrifying-threat-after-deadly-drone-strike-world-news/",
    "WW3 fears rising as Hezbollah issues terrifying threat after deadly drone strike", "dailyfrance (Daily Express text)", kind="mirror")
src("ausdod_0208", "https://aus-city.com/cgi-bin/dada/mail.cgi?flavor=archive_bare&list=MILITARY_REPORTS&id=20240208171608",
    "Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder Holds a Press Briefing (Feb. 8, 2024)", "aus-city mailing-list archive (US DoD transcript)", "2024-02-08", kind="mirror")
src("dod_3667341", "https://www.defense.gov/News/Transcripts/Transcript/Article/3667341/pentagon-press-secretary-air-force-maj-gen-pat-ryder-holds-a-press-briefing/",
    "Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder Holds a Press Briefing", "US Department of Defense", kind="official")
src("shafaq_omar_0210", "https://shafaq.com/en/World/Iran-backed-factions-target-largest-US-base-in-Syria",
    "Iran-backed factions target largest US base in Syria", "Shafaq News")
src("shiitenews_iri", "https://shiite.news/shiitenews/iraq/item/162840-islamic-resistance-in-iraq-calls-on-brothers-in-jihad-to-help-expel-us-troops/",
    "Islamic Resistance in Iraq calls on 'brothers in jihad' to help expel US troops", "Shiite News")
src("basnews_iri", "https://www.basnews.com/en/babat/839050",
    "Islamic Resistance in Iraq to resume attacks on US forces", "BasNews", recon="true")
src("republic_iri", "https://republicdefenders.net/iran-backed-militia-coalition-to-resume-attacks-on-us-troops",
    "Iran-Backed Militia Coalition To Resume Attacks On US Troops", "Republic Defenders")
src("voa_conoco", "https://www.voanews.com/a/us-led-coalition-blocks-attacks-at-conoco-oil-field-in-syria-/7482765.html",
    "US-Led Coalition Blocks Attacks at Conoco Oil Field in Syria", "VOA (Reuters)", "2024-02-11")
src("devdiscourse_conoco", "https://www.devdiscourse.com/article/law-order/2815365-us-led-coalition-blocks-attacks-at-conoco-oil-field-in-syria--source",
    "U.S.-led coalition blocks attacks at Conoco oil field in Syria -source", "Devdiscourse (Reuters)", "2024-02-11")
src("tass_conoco", "https://tass.com/world/1744731",
    "Six drones shot down over US base near Koniko gas field in Syria", "TASS", "2024-02-11", recon="true")
src("safir_omar", "https://safirnews.in/77731",
    "Iraqi Resistance again targets US base in al-Omar oil field", "safirnews (Mehr News text)", kind="mirror", recon="true")
src("eir_parl", "https://eir.news/2024/02/news/calls-for-iraq-to-expel-american-troops-grow-louder",
    "Calls for Iraq to expel American troops grow louder", "EIR News", "2024-02", recon="true")
src("shafaq_hmc", "https://shafaq.com/amp/en/Iraq/Iraqi-US-military-committee-to-reconvene-plotting-the-end-of-Coalition-mission",
    "Iraqi-US military committee to reconvene plotting the end of Coalition mission", "Shafaq News")
src("cgtn_hmc", "https://news.cgtn.com/news/2024-02-12/Iraq-U-S-resume-dialogue-on-ending-U-S-led-coalition-s-mission-1r7N4gXrcmA/share_amp.html",
    "Iraq, U.S. resume dialogue on ending U.S.-led coalition's mission", "CGTN (with Xinhua input)", "2024-02-12", recon="true")
src("worldmonitor_hmc", "https://www.theworldmonitor.com/iraq-us-discuss-international-coalition-against-isis",
    "Iraq, US discuss international coalition against ISIS", "The World Monitor", recon="true")
src("miamichron_conoco", "https://miamichron.com/index.php/2024/02/20/multiple-rocket-attacks-cause-fire-at-us-military-base-in-eastern-syria-raising-concerns-of-escalating-tensions/",
    "Multiple Rocket Attacks Cause Fire at US Military Base in Eastern Syria", "Miami Chronicle (RIA Novosti text)", "2024-02-20", kind="mirror")
src("clearstory_conoco", "https://clearstory.news/2024/02/20/rocket-attack-causes-fire-at-us-base-in-gas-field-in-eastern-syria-ria-novosti-reports/",
    "Rocket Attack Causes Fire at US Base in Gas Field in Eastern Syria, RIA Novosti Reports", "ClearStory (RIA Novosti text)", "2024-02-20", kind="mirror")
src("islamtimes_0222", "https://www.islamtimes.org/en/news/1118176/rocket-strike-targets-us-occupied-base-in-syria",
    "Rocket strike targets US-occupied base in Syria", "Islam Times (citing Al Mayadeen)", "2024-02-23", recon="true")
src("enmnews_apr", "https://www.enmnews.com/2024/04/23/pentagon-confirms-first-attack-against-troops-in-iraq-and-syria-since-february/",
    "Pentagon confirms first attack against troops in Iraq and Syria since February", "ENM News (aggregated)", "2024-04-23", kind="mirror")


src("k24_52", "https://www.kurdistan24.net/public/en/story/33139-US-forces-attacked-52-times-in-Syria-and-Iraq:-Pentagon-official",
    "US forces attacked 52 times in Syria and Iraq: Pentagon official", "Kurdistan24")
src("dailystar55", "https://www.thedailystar.net/news/world/usa/news/us-troops-attacked-55-times-past-month-3470921",
    "US troops attacked 55 times in past month", "The Daily Star (AFP)", "2023-11-16", recon="true")
src("shafaq127", "https://www.shafaq.com/en/World/US-bases-in-Middle-East-attacked-127-times-since-October-2023-Pentagon",
    "US bases in Middle East attacked 127 times since October 2023 \u2014 Pentagon", "Shafaq News")
src("memo115", "https://www.middleeastmonitor.com/20240103-syria-us-base-in-al-omar-oil-field-attacked/",
    "Syria: US base in Al-Omar oil field attacked", "Middle East Monitor", "2024-01-03", recon="true")

def I(k): return S[k]["source_id"]
def J(*ks): return ";".join(I(k) for k in ks)

SC = "attacks on US and coalition forces in Iraq and Syria since 17 Oct 2023"
SCI = "US personnel injured in attacks in Iraq and Syria since 17 Oct 2023"
T = []
def tally(tid, as_of, counter, scope, metric, value, reported_on, note, *srcs):
    p = lambda d: {10: "day", 7: "month", 4: "year"}.get(len(d), "") if d else ""
    T.append(dict(tally_id=tid, as_of=as_of, as_of_precision=p(as_of), counter=counter, scope=scope, metric=metric,
                  value=value, reported_on=reported_on, reported_on_precision=p(reported_on), note=note, source_ids=J(*srcs)))

tally("t-20231024-dod-attacks-13", "2023-10-24", "us-dod", SC, "attacks", 13, "2023-10-24",
      "10 in Iraq, 3 in Syria (17-24 Oct), Brig. Gen. Pat Ryder at Tuesday briefing; Waradana says he called the figures preliminary and 'at least'.",
      "shafaq13", "antiwar13", "waradana13")
tally("t-20231024-centcom-injured-24", "2023-10-24", "centcom", SCI, "injured", 24, "2023-10-24",
      "CENTCOM told NBC News 24 US troops were injured (17-24 Oct); Waradana calls the injuries minor.", "antiwar13", "waradana13")
tally("t-20231026-dod-attacks-16", "2023-10-26", "us-dod", SC, "attacks", 16, "2023-10-26",
      "at least; 12 in Iraq, 4 in Syria; Ryder to journalists on Thursday 26 Oct (Islam Times dated Fri 27 Oct).",
      "islamtimes16", "dailysabah16", "alsiasi16", "stripes23")
tally("t-20231026-dod-injured-tbi-19", "2023-10-26", "us-dod", SCI, "injured", 19, "2023-10-26",
      "traumatic brain injury diagnoses only, as given by Islam Times.", "islamtimes16")
tally("t-20231030-dod-attacks-23", "2023-10-30", "us-dod", SC, "attacks", 23, "2023-10-30",
      "at least; 14 in Iraq, 9 in Syria (17-30 Oct), senior defense official on background; attacks defined as strikes on US facilities (Ryder via Antiwar).",
      "stripes23", "antiwar23", "thehill23", "electionpost23")
tally("t-20231030-dod-injured-21", "2023-10-30", "us-dod", SCI, "injured", 21, "2023-10-30",
      "21 injuries acknowledged; theelectionpost (NBC text) says 19 of them TBI, all returned to duty.", "antiwar23", "electionpost23")
tally("t-20231031-dod-attacks-27", "2023-10-31", "us-dod", SC, "attacks", 27, "2023-10-31",
      "16 in Iraq, 11 in Syria; Ryder at Tuesday briefing; six came after the 26 Oct US strikes.", "scripps27", "sputnikafrica27")
tally("t-20231106-dod-attacks-38", "2023-11-06", "us-dod", SC, "attacks", 38, "2023-11-06",
      "20 in Iraq, 18 in Syria; Ryder on Monday 6 Nov.", "k24_38", "sputnikafrica38")
tally("t-20231106-dod-injured-45", "2023-11-06", "us-dod", SCI, "injured", 45, "2023-11-06",
      "all before the 26 Oct US strikes, per Ryder (Kurdistan24); mix of minor injuries and TBI.", "k24_38", "sputnikafrica38")
tally("t-20231109-dod-attacks-46", "2023-11-09", "us-dod", SC, "attacks", 46, "2023-11-09",
      "at least; the page (citing CNN) gives the 46 in its own voice alongside Singh's Thursday remarks; Thursday = 9 Nov (page dated 10 Nov).", "asianlite46")
tally("t-20231109-dod-injured-56", "2023-11-09", "us-dod", SCI, "injured", 56, "2023-11-09",
      "at least; Deputy Press Secretary Sabrina Singh on Thursday 9 Nov.", "asianlite46")
tally("t-20231113-dod-attacks-52", "2023-11-13", "us-dod", SC, "attacks", 52, "2023-11-13",
      "at least; 24 in Iraq, 28 in Syria (17 Oct - 13 Nov); anonymous Pentagon official to Kurdistan24 on Monday (page undated; Monday = 13 Nov, the period end).", "k24_52")
tally("t-20231114-dod-attacks-55", "2023-11-14", "us-dod", SC, "attacks", 55, "2023-11-14",
      "27 in Iraq, 28 in Syria; Singh at 14 Nov briefing. American Military News and Kantsasar give 56 for the same briefing.",
      "shafaq55", "k24_55", "agenzianova55", "epoch55", "dailystar55")
tally("t-20231114-dod-injured-59", "2023-11-14", "us-dod", SCI, "injured", 59, "2023-11-14",
      "about 27 evaluated for TBI and 32 for other non-serious injuries; all returned to duty.", "shafaq55", "k24_55", "agenzianova55", "epoch55")
tally("t-20231114-winep-attacks-73", "2023-11-14", "washington-institute", "attacks on US bases in Iraq and Syria since 18 Oct 2023 (Militia Monitor)", "attacks", 73, "2023-11-14",
      "Kurdistan24 page is undated; dated here by the Singh briefing it reports (14 Nov per Shafaq and Epoch Times).", "k24_55")
tally("t-20231117-dod-attacks-62", "2023-11-17", "us-dod", SC, "attacks", 62, "2023-11-17",
      "29 in Iraq, 33 in Syria, as given by SouthFront ('the Pentagon said on November 17'); not found in another outlet; compare the AP figure of 60 the same day.", "southfront62")
tally("t-20231117-us-officials-attacks-60", "2023-11-17", "united-states", SC, "attacks", 60, "",
      "AP citing two US officials after three attacks on Friday 17 Nov (page undated); at least 59 wounded.", "guardians60")
tally("t-20231124-us-official-attacks-73", "2023-11-24", "united-states", "attacks on US forces in the region, 17 Oct - 24 Nov 2023", "attacks", 73, "",
      "at least; unnamed US official to CNN as relayed by Al Mayadeen (page undated); Ryder said no attacks since 23 Nov.", "almayadeen73")
tally("t-20231207-dod-attacks-78", "2023-12-07", "us-dod", SC, "attacks", 78, "2023-12-07",
      "approximately; Singh on Thursday (Rudaw page of 8 Dec); excludes attacks of the previous 24 hours.", "rudaw78")
tally("t-20231207-dod-injured-66", "2023-12-07", "us-dod", SCI, "injured", 66, "2023-12-07",
      "non-serious injuries; all returned to work (Singh).", "rudaw78")
tally("t-20231213-dod-attacks-97", "2023-12-13", "us-dod", SC, "attacks", 97, "2023-12-14",
      "at least; 45 in Iraq, 52 in Syria, 17 Oct - 13 Dec; defense official to Al Arabiya English on Thursday (resolved as 14 Dec from the period end).", "alsiasi97")
tally("t-20231221-dod-attacks-102", "2023-12-21", "us-dod", SC, "attacks", 102, "2023-12-21",
      "at least; 47 in Iraq, 55 in Syria; Pentagon official to Military Times on Thursday (Antiwar text dated Sat 23 Dec). Page also says at least 66 injured.", "zerohedge102")
tally("t-20240103-us-attacks-115", "2024-01-03", "united-states", "attacks on US forces in Iraq and Syria since Oct 2023", "attacks", 115, "2024-01-03",
      "more than 115 recorded by Washington, per AFP as cited by Middle East Monitor.", "memo115")
tally("t-20240109-dod-attacks-127", "2024-01-09", "us-dod", SC, "attacks", 127, "2024-01-09",
      "52 in Iraq, 75 in Syria; nine since 4 Jan; Ryder at Tuesday briefing.", "sputnik127", "shafaq127")
tally("t-20240118-dod-attacks-140", "2024-01-18", "us-dod", SC, "attacks", 140, "2024-01-18",
      "57 in Iraq, 83 in Syria; Singh at 18 Jan briefing ('nearly 140' per Capitol Times); Capitol Times adds at least 66 injured.", "usnn140", "capitol140")
tally("t-20240128-us-officials-attacks-160", "2024-01-28", "united-states", "attacks on US forces in the Middle East since mid-Oct 2023 (incl. Tower 22)", "attacks", 160, "2024-01-30",
      "at least; US officials per Fox News, as summarised by American Greatness (30 Jan).", "ruthfully160")
tally("t-20240130-us-officials-attacks-166", "2024-01-30", "united-states", "attacks on US troops in the Middle East since the Gaza war began", "attacks", 166, "2024-01-31",
      "approximately, per US officials; Ryder said three more attacks after Tower 22.", "nationofchange166")
tally("t-20240130-dod-attacks-165", "2024-01-30", "us-dod", SC, "attacks", 165, "",
      "Singh, 17 Oct - 30 Jan; the page's split (98 Syria, 77 Iraq) does not add up to 165; page undated.", "freshsyria165")
tally("t-20240130-dod-injured-80", "2024-01-30", "us-dod", SCI, "injured", 80, "",
      "'slightly injuring 80', Singh per Fresh Syria; page undated.", "freshsyria165")
tally("t-20240205-dod-injured-80", "2024-02-05", "us-dod", "US personnel injured in attacks in the Middle East since mid-Oct 2023", "injured", 80, "2024-02-05",
      "roughly; 40 of them from the Jordan (Tower 22) attack, per a Pentagon report on 5 Feb cited by Military Times.", "militarytimes")
tally("t-20240212-dod-casualties-186", "2024-02-12", "us-dod", "US troops injured or killed in attacks in the Middle East since mid-Oct 2023", "injured", 186, "2024-02-12",
      "roughly 186 injured OR killed (includes the 3 killed at Tower 22), 130 of them TBI; Pentagon confirmed on Monday 12 Feb.", "militarytimes")
tally("t-20240213-dod-attacks-170", "2024-02-13", "us-dod", "attacks on US troops since mid-Oct 2023 (page does not restrict to Iraq and Syria)", "attacks", 170, "2024-02-13",
      "Lt. Col. Bryon Garry to Military Times; Singh said the number had held steady since 4 Feb. ENM News (23 Apr) repeats 'roughly 170' for mid-Oct to early Feb.", "militarytimes", "enmnews_apr")
tally("t-202312-iri-claimed-75", "2023-12", "iri", "operations claimed against the US presence in Iraq and Syria since Oct 2023", "claimed_attacks", 75, "2023-12",
      "more than 75, per the group's statements as summarised by Waradana; page undated, written the day before Iraq's local elections 'tomorrow, Monday' (month precision only).", "waradana75")
tally("t-20240129-iri-claimed-175", "2024-01-29", "iri", "attacks on US facilities in Iraq and Syria since Oct 2023, per the IRI", "claimed_attacks", 175, "2024-01-29",
      "TASS text: 'according to the Iraqi Islamic Resistance movement'.", "tass175")
tally("t-20240130-iri-claimed-150", "2024-01-30", "iri", "attacks on US forces claimed by the IRI since the Gaza war began", "claimed_attacks", 150, "2024-01-30",
      "more than 150; outlets' count of IRI claims (Al Arabiya 30 Jan, Iran International 2 Feb), not a figure announced by the IRI.", "alarabiya150", "iranintl150")
tally("t-20231108-sohr-syria-26", "2023-11-08", "sohr", "attacks on US bases in Syria since 19 Oct 2023", "attacks", 26, "2023-11-09",
      "the al-Shaddadi attacks claimed on Wednesday 8 Nov were the 26th, per SOHR.", "medialine26", "stamford26")
tally("t-20240810-sohr-syria-135", "2024-08-10", "sohr", "attacks on US bases in Syria by Iranian-backed militias since 19 Oct 2023", "attacks", 135, "2024-08-10",
      "most on the Conoco, al-Omar and al-Shaddadi bases.", "menafn135")

# ---------------- events ----------------
E, A = [], []
def event(eid, date, title, summary, etype, location, status, killed, injured, note, *srcs):
    p = {10: "day", 7: "month", 4: "year"}[len(date)]
    E.append(dict(event_id=eid, date=date, date_precision=p, end_date="", end_date_precision="", title=title, summary=summary,
                  event_type=etype, location=location, latitude="", longitude="", claim_status=status, killed=killed,
                  injured=injured, note=note, source_ids=J(*srcs)))
def asr(eid, ent, role, by, kind, on, brand, channel, ceff, feff, conf, note, *srcs):
    p = {10: "day", 7: "month", 4: "year"}.get(len(on), "") if on else ""
    if by.startswith("source:"):
        by = "source:" + I(by[7:])
    A.append(dict(event_id=eid, entity_id=ent, role=role, asserted_by=by, assertion=kind, asserted_on=on, asserted_on_precision=p,
                  brand=brand, channel=channel, claimed_effect=ceff, confirmed_effect=feff, confidence=conf, note=note, source_ids=J(*srcs)))

e = "e-20240202-nujaba-vows-continue-attacks"
event(e, "2024-02-02", "Nujaba says it will keep attacking US forces despite KH's pause",
      "Harakat al-Nujaba leader Akram al-Kaabi said in a statement that the group and other factions of the Islamic Resistance in Iraq would go on attacking US forces until the Gaza war ends and US troops leave Iraq, warning that any US strike would get a response. He said he understood Kataib Hezbollah's suspension of attacks.",
      "statement", "Iraq (statement; Rudaw says posted on X)", "reported", "", "",
      "Issued while the US was preparing its retaliation for Tower 22; the strikes came later the same day (US time).",
      "defensepost_nujaba", "newregion_nujaba", "rudaw_nujaba", "iranintl150")
asr(e, "nujaba", "issuer", "nujaba", "report", "2024-02-02", "", "statement", "", "", "high", "statement by Kaabi", "defensepost_nujaba", "newregion_nujaba", "rudaw_nujaba", "iranintl150")
asr(e, "akram-al-kaabi", "issuer", "nujaba", "report", "2024-02-02", "", "x_post", "", "", "high", "Rudaw: posted on X", "rudaw_nujaba")
asr(e, "kh", "subject", "nujaba", "report", "2024-02-02", "", "statement", "", "", "high", "Nujaba said it understood and respected KH's suspension", "defensepost_nujaba", "newregion_nujaba")

e = "e-20240203-iraq-mourning-summons-us-envoy"
event(e, "2024-02-03", "Baghdad declares mourning and summons US chargé over Anbar strikes",
      "Government spokesman Bassem al-Awadi said the US strikes on Akashat and al-Qaim killed at least 16 people, civilians among them, hit areas where Iraqi forces were stationed, and denied US claims of prior coordination. PM Sudani declared three days of mourning and the Foreign Ministry summoned the US chargé d'affaires to protest.",
      "political", "Baghdad", "reported", "", "",
      "Wounded given as 23 (AFP via UrduPoint/The Nation) or 25 (TRT/AA, IFP). The casualty figures are entered as assertions on e-20240202-us-strikes-85-targets.",
      "urdupoint16", "nationpk16", "trt_mourning", "bharat16")
asr(e, "iraq-government", "issuer", "iraq-government", "report", "2024-02-03", "", "statement", "", "", "high", "spokesman Bassem al-Awadi; rejects White House claim that Iraq was warned", "urdupoint16", "nationpk16", "bharat16")
asr(e, "mohammed-shia-al-sudani", "issuer", "iraq-government", "report", "2024-02-03", "", "statement", "", "", "high", "three days of mourning declared by the PM's media office (INA via TRT)", "trt_mourning")
asr(e, "united-states", "subject", "source:trt_mourning", "report", "2024-02-03", "", "", "", "", "high", "US chargé d'affaires to be summoned in protest", "trt_mourning")

e = "e-20240204-pmf-funeral-anbar-strike-victims"
event(e, "2024-02-04", "PMF funeral in Baghdad for fighters killed in US strikes in Anbar",
      "The PMF held a funeral procession in central Baghdad for members killed in the US strikes on al-Qaim and Akashat, attended by PMF chief Falih al-Fayyadh, Badr leader Hadi al-Amiri and a minister representing PM Sudani. A security source put the toll at 17 after a battalion commander died of his wounds; Fayyadh said the attack on the PMF's Anbar operations command would not go unanswered.",
      "other", "PMF media directorate, Palestine Street, central Baghdad", "reported", "", "",
      "Reuters (MarketScreener) cites the PMF as saying 16 of its members, fighters and medics, were killed.",
      "shafaq_funeral", "marketscreener_funeral")
asr(e, "pmf", "issuer", "source:shafaq_funeral", "report", "2024-02-04", "", "", "", "", "high", "PMF organised the procession", "shafaq_funeral", "marketscreener_funeral")
asr(e, "falih-al-fayyadh", "participant", "source:shafaq_funeral", "report", "2024-02-04", "", "", "", "", "high", "attended; said the attack 'will not go unanswered'", "shafaq_funeral")
asr(e, "hadi-al-amiri", "participant", "source:shafaq_funeral", "report", "2024-02-04", "", "", "", "", "high", "attended as Badr secretary-general", "shafaq_funeral")

e = "e-20240204-al-omar-drone-kills-sdf"
event(e, "2024-02-04", "Drone hits SDF commando academy at US base in al-Omar oil field",
      "A one-way drone struck an SDF commando training academy inside the US base at the al-Omar oil field in Deir ez-Zor around midnight, killing six SDF fighters by the SDF's count. The Islamic Resistance in Iraq claimed a drone attack on the base; it was the first significant attack after the US strikes of 2 February, and no US casualties were reported.",
      "attack", "Al-Omar oil field base (SDF commando academy), Deir ez-Zor, Syria", "confirmed", "6", "18",
      "Late on Sunday 4 Feb / after midnight; the IRI said it launched the attack on 4 Feb. Killed: 6 per SDF, 7 per SOHR (earlier 5); injured 18 per SOHR (i24 gives an earlier SOHR figure of about 20). Reuters dates the SDF statement to Monday 5 Feb.",
      "bdnews_omar", "memo_omar", "wion_omar", "courier_omar", "twz_omar", "fmt_omar", "i24_omar")
asr(e, "iri", "claimant", "iri", "claim", "2024-02-05", "iri", "video", "drone attack on the 'US occupation base' at al-Omar", "", "high", "claim issued Monday 5 Feb for the 4 Feb attack (Reuters); AP says a launch video was released", "bdnews_omar", "memo_omar", "courier_omar", "wion_omar")
asr(e, "sdf", "target", "sdf", "confirmation", "2024-02-05", "", "x_post", "", "six commando fighters killed", "high", "SDF spokesman Farhad Shami on X", "bdnews_omar", "memo_omar", "twz_omar")
asr(e, "iran-backed-militias", "attributed_to", "sdf", "attribution", "2024-02-05", "", "x_post", "", "", "medium", "SDF: Iranian-backed militias staging from regime-held Deir ez-Zor ('Syrian regime-backed mercenaries' per AP)", "twz_omar", "courier_omar", "bdnews_omar")
asr(e, "iran-backed-militias", "attributed_to", "sohr", "report", "2024-02-05", "", "", "", "7 SDF killed, 18 wounded", "medium", "SOHR called it the first attack by pro-Iran groups on US bases since the US strikes", "wion_omar", "fmt_omar", "courier_omar")
asr(e, "united-states", "target", "source:courier_omar", "report", "2024-02-05", "", "", "", "no US casualties reported", "medium", "", "courier_omar")

e = "e-20240208-iraq-coalition-instability-statement"
event(e, "2024-02-08", "Iraq calls US-led coalition a 'factor of instability' after Baghdad strike",
      "A day after the US drone strike that killed KH commander Abu Baqir al-Saadi, the Iraqi PM's military spokesman Yahya Rasool called it a clear assassination in a residential area and said the coalition had overstepped its mandate and become a factor of instability, pushing the government more than ever to end its mission.",
      "statement", "Baghdad", "reported", "", "", "",
      "dailysabah_instab", "newregion_instab", "qatartribune_instab", "thenational_instab")
asr(e, "iraq-government", "issuer", "iraq-government", "report", "2024-02-08", "", "statement", "", "", "high", "Maj. Gen. Yahya Rasool, military spokesman of the PM", "dailysabah_instab", "newregion_instab", "qatartribune_instab", "thenational_instab")
asr(e, "us-led-coalition", "subject", "iraq-government", "report", "2024-02-08", "", "statement", "", "", "high", "", "dailysabah_instab", "newregion_instab")
asr(e, "nujaba", "subject", "nujaba", "report", "2024-02-07", "", "statement", "", "", "medium", "Nujaba called for mass mobilisation (New Region) and vowed punishment (The National) after the strike", "newregion_instab", "thenational_instab")

e = "e-20240209-iri-announces-resumption"
event(e, "2024-02-09", "Islamic Resistance in Iraq says it will resume attacks on US forces",
      "In a Friday statement the Islamic Resistance in Iraq said it would resume operations against US forces, arguing that the US understands only force and that the strikes on the PMF in al-Qaim and Akashat and the killing of Abu Baqir al-Saadi broke all rules of engagement; it urged other fighters to join its ranks.",
      "statement", "Iraq (online statement)", "reported", "", "",
      "Date: the Friday after the Wednesday 7 Feb strike in Baghdad, as the pages state.",
      "shafaq_omar_0210", "shiitenews_iri", "basnews_iri", "republic_iri")
asr(e, "iri", "issuer", "iri", "report", "2024-02-09", "", "statement", "", "", "high", "", "shafaq_omar_0210", "shiitenews_iri", "basnews_iri", "republic_iri")
asr(e, "united-states", "subject", "iri", "report", "2024-02-09", "", "statement", "", "", "high", "", "shafaq_omar_0210", "shiitenews_iri")

e = "e-20240210-conoco-drone-attack"
event(e, "2024-02-10", "Six drones halted over US-led coalition base at Conoco gas field",
      "Air defences of the US-led coalition base at the Conoco gas field in Deir ez-Zor stopped six drones on Saturday, a security source told Reuters; no casualty information was given. SOHR, via Shafaq, reported the base was hit twice, first by a drone and then by a missile barrage, hours before the al-Omar attacks the same day.",
      "attack", "Conoco (Koniko) gas field base, Deir ez-Zor, Syria", "reported", "", "",
      "Not claimed on the cited pages; TASS cites Sky News Arabia as saying IRI members staged it. The Pentagon count (Military Times, 13 Feb) held steady at 170 since 4 Feb, so this attack was apparently not counted.",
      "voa_conoco", "devdiscourse_conoco", "tass_conoco", "shafaq_omar_0210")
asr(e, "us-led-coalition", "target", "source:voa_conoco", "report", "2024-02-10", "", "", "", "six drones halted", "medium", "unnamed security source to Reuters", "voa_conoco", "devdiscourse_conoco")
asr(e, "iri", "attributed_to", "source:tass_conoco", "report", "2024-02-11", "", "", "", "", "low", "Sky News Arabia report relayed by TASS; not a claim", "tass_conoco")
asr(e, "iran-backed-militias", "attributed_to", "sohr", "report", "2024-02-10", "", "", "", "", "low", "SOHR: Iran-affiliated groups, drone then missiles", "shafaq_omar_0210")

e = "e-20240210-al-omar-missile-attacks"
event(e, "2024-02-10", "Missiles fired three times in an hour at US base in al-Omar oil field",
      "SOHR reported that Iran-backed groups fired missiles at the main US base in the al-Omar oil field three times within an hour on Saturday and that ground defences failed to intercept them; it had no casualty information. The attacks came a day after the Islamic Resistance in Iraq announced it would resume operations.",
      "attack", "Al-Omar oil field base, Deir ez-Zor, Syria", "reported", "", "",
      "Saturday resolved from the page (Friday IRI statement, Wednesday 7 Feb Baghdad strike). Mehr (safirnews) says SOHR's first reports pointed to casualties; RIA Novosti text (Miami Chronicle, 20 Feb) describes an al-Omar attack 'three times within an hour' as reported on 14 Feb - possibly the same incident, not entered separately.",
      "shafaq_omar_0210", "safir_omar", "miamichron_conoco")
asr(e, "iran-backed-militias", "attributed_to", "sohr", "report", "2024-02-10", "", "", "", "", "medium", "", "shafaq_omar_0210", "safir_omar")
asr(e, "united-states", "target", "sohr", "report", "2024-02-10", "", "", "", "no information on casualties", "medium", "", "shafaq_omar_0210")

e = "e-20240210-parliament-session-foreign-forces"
event(e, "2024-02-10", "Iraqi parliament holds consultative session urging US forces' exit",
      "Acting Speaker Mohsen al-Mandalawi opened a consultative session, boycotted by most Sunni and Kurdish parties, that called on the government to prevent attacks on Iraqi territory; a Coordination Framework MP described it as backing the government's steps towards a swift timetable for the withdrawal of US forces.",
      "political", "Council of Representatives, Baghdad", "reported", "", "",
      "A consultative meeting needs no quorum, per Shafaq as relayed by EIR News; date 10 Feb per Rudaw as relayed there.",
      "eir_parl")
asr(e, "iraq-parliament", "issuer", "source:eir_parl", "report", "2024-02-10", "", "", "", "", "medium", "", "eir_parl")
asr(e, "coordination-framework", "participant", "source:eir_parl", "report", "2024-02-10", "", "", "", "", "medium", "MP Muhammad al-Baldawi, a CF leader", "eir_parl")

e = "e-20240211-hmc-talks-resume"
event(e, "2024-02-11", "Iraq and US-led coalition resume Higher Military Commission talks",
      "The Iraq-US Higher Military Commission reconvened in Baghdad to assess the ISIS threat and Iraqi capabilities and to set a timetable for a gradual drawdown of coalition advisers and the end of the coalition mission. The talks, launched in late January, had been suspended after the 28 January Tower 22 attack.",
      "political", "Baghdad", "reported", "", "",
      "Resumption announced in advance by Maj. Gen. Yahya Rasool (Shafaq).",
      "cgtn_hmc", "worldmonitor_hmc", "shafaq_hmc")
asr(e, "iraq-government", "participant", "iraq-government", "report", "2024-02-11", "", "statement", "", "", "high", "Yahya Rasool statement", "cgtn_hmc", "worldmonitor_hmc", "shafaq_hmc")
asr(e, "us-led-coalition", "participant", "source:worldmonitor_hmc", "report", "2024-02-11", "", "", "", "", "high", "", "worldmonitor_hmc", "cgtn_hmc")
asr(e, "united-states", "participant", "source:shafaq_hmc", "report", "2024-02", "", "", "", "", "high", "", "shafaq_hmc")

e = "e-202402-conoco-rockets-fire"
event(e, "2024-02", "Rockets reported to set fire at US base in Conoco gas field",
      "RIA Novosti, citing a source, reported that four rockets fell on the US base at the Conoco gas field in Deir ez-Zor and caused a fire in the southern part of the base. No claim or US comment appears on the cited pages.",
      "attack", "Conoco (Koniko) gas field base, Deir ez-Zor, Syria", "reported", "", "",
      "Both pages are 20 Feb reprints of RIA Novosti and do not give the attack's day. Not confirmed by the US; the Pentagon said in April the 22 Apr attacks were the first since early February (ENM News).",
      "miamichron_conoco", "clearstory_conoco")
asr(e, "united-states", "target", "source:miamichron_conoco", "report", "2024-02-20", "", "", "", "", "low", "single unnamed source via RIA Novosti", "miamichron_conoco", "clearstory_conoco")

e = "e-20240222-al-omar-explosions"
event(e, "2024-02-22", "Explosions reported at US-held al-Omar oil field after rocket fire",
      "Al Mayadeen, citing local sources, reported several explosions near the US-controlled al-Omar oil field in Deir ez-Zor on Thursday evening after strikes on the site; there was no word on casualties or damage and no claim on the cited page.",
      "attack", "Al-Omar oil field base, Deir ez-Zor, Syria", "reported", "", "",
      "Thursday before the 23 Feb Islam Times page. Single secondary source; not confirmed by US officials.",
      "islamtimes_0222")
asr(e, "united-states", "target", "source:islamtimes_0222", "report", "2024-02-23", "", "", "", "", "low", "Al Mayadeen local sources relayed by Islam Times", "islamtimes_0222")

# assertions on existing data/events.csv rows (sources added, no new event)
e = "e-20240202-us-strikes-85-targets"
asr(e, "united-states", "perpetrator", "centcom", "confirmation", "", "", "statement", "", "more than 85 targets, more than 125 precision munitions, incl. long-range bombers from the US", "high", "", "trt_mourning")
asr(e, "united-states", "perpetrator", "us-dod", "confirmation", "", "", "press_briefing", "", "seven facilities; >80 targets destroyed or functionally damaged; Iraq targets near al-Qaim and Akashat", "high", "Ryder briefing transcript (date not shown in the excerpt read)", "dod_3667341")
asr(e, "iran-backed-militias", "target", "us-dod", "report", "2024-02-08", "", "", "", "roughly 40 militants killed", "medium", "Pentagon announcement on Thursday (8 Feb) per Military Times", "militarytimes")
asr(e, "iraqi-security-forces", "target", "iraq-government", "confirmation", "2024-02-03", "", "statement", "", "at least 16 killed incl. civilians, 23 wounded", "high", "strikes hit areas where Iraqi forces were stationed (Awadi); TRT/IFP give 25 wounded", "urdupoint16", "nationpk16", "trt_mourning")
asr(e, "pmf", "target", "pmf", "confirmation", "", "", "", "", "16 PMF members killed (fighters and medics)", "high", "The New Region: 16 killed, at least 36 wounded per PMF; toll 17 on 4 Feb per Shafaq", "marketscreener_funeral", "newregion_instab", "shafaq_funeral")
asr(e, "iran-backed-militias", "target", "sohr", "report", "", "", "", "", "at least 29 pro-Iran fighters killed in Syria", "medium", "", "fmt_omar")

e = "e-20240207-abu-baqir-al-saadi-killed"
asr(e, "united-states", "perpetrator", "centcom", "confirmation", "2024-02-07", "", "statement", "", "KH commander who planned attacks on US forces killed; no sign of civilian casualties", "high", "", "dailysabah_instab", "dailyfrance_kh")
asr(e, "united-states", "perpetrator", "us-dod", "confirmation", "2024-02-08", "", "press_briefing", "", "", "high", "Ryder refers to the CENTCOM announcement of 9:30 pm Baghdad time", "ausdod_0208")
asr(e, "kh", "target", "kh", "confirmation", "", "", "statement", "", "commander Abu Baqir al-Saadi killed", "high", "KH named him; a KH official told AFP he handled military affairs in Syria", "dailysabah_instab", "thenational_instab")
asr(e, "iraq-government", "subject", "iraq-government", "report", "2024-02-08", "", "statement", "", "", "high", "condemned as a blatant assassination; see e-20240208-iraq-coalition-instability-statement", "dailysabah_instab", "thenational_instab")

N = []  # entities_new
N.append(dict(entity_id="us-dod", name="US Department of Defense", type="state_body", name_ar="", aliases="Pentagon;DoD",
              founded="", founded_precision="", ended="", ended_precision="",
              description="US defence ministry; its press secretaries gave running counts of attacks on US forces in Iraq and Syria from October 2023.", source_ids=J("epoch55", "militarytimes")))
N.append(dict(entity_id="centcom", name="US Central Command", type="state_body", name_ar="", aliases="CENTCOM",
              founded="", founded_precision="", ended="", ended_precision="",
              description="US military command for the Middle East; announced the February 2024 strikes in Iraq and Syria.", source_ids=J("trt_mourning", "dailysabah_instab")))
N.append(dict(entity_id="sohr", name="Syrian Observatory for Human Rights", type="other", name_ar="المرصد السوري لحقوق الإنسان", aliases="SOHR",
              founded="", founded_precision="", ended="", ended_precision="",
              description="Britain-based war monitor relying on sources inside Syria; counts attacks on US bases in Syria.", source_ids=J("fmt_omar", "menafn135")))
N.append(dict(entity_id="sdf", name="Syrian Democratic Forces", type="foreign_armed_group", name_ar="قوات سوريا الديمقراطية", aliases="SDF",
              founded="", founded_precision="", ended="", ended_precision="",
              description="US-backed, Kurdish-led force in north-east Syria that partners the US-led coalition against ISIS; its fighters share bases such as al-Omar.", source_ids=J("bdnews_omar", "voa_conoco")))

def write(name, rows, cols):
    with open(name, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols); w.writeheader(); w.writerows(rows)

used = set()
for r in T + E + A + N:
    used.update(r["source_ids"].split(";"))
existing = {r["source_id"] for r in csv.DictReader(open("/work/main/data/sources.csv", encoding="utf-8"))}
srows = [s for s in S.values() if s["source_id"] in used and s["source_id"] not in existing]
write("sources.csv", srows, "source_id,title,publisher,authors,published,published_precision,url,seed_file,kind,title_reconstructed".split(","))
write("tallies.csv", T, "tally_id,as_of,as_of_precision,counter,scope,metric,value,reported_on,reported_on_precision,note,source_ids".split(","))
write("events.csv", E, "event_id,date,date_precision,end_date,end_date_precision,title,summary,event_type,location,latitude,longitude,claim_status,killed,injured,note,source_ids".split(","))
write("assertions.csv", A, "event_id,entity_id,role,asserted_by,assertion,asserted_on,asserted_on_precision,brand,channel,claimed_effect,confirmed_effect,confidence,note,source_ids".split(","))
write("entities_new.csv", N, "entity_id,name,type,name_ar,aliases,founded,founded_precision,ended,ended_precision,description,source_ids".split(","))
print(len(srows), "sources;", len(T), "tallies;", len(E), "events;", len(A), "assertions;", len(N), "entities")
unused = [k for k, s in S.items() if s["source_id"] not in used]
print("unused:", unused)
