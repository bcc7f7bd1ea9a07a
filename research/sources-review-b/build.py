"""Build sources_review.csv and sources.csv for research/sources-review-b.
Reads research/sources-review-b/todo.csv and data/sources.csv (read only).
Run from the project root: python3 research/sources-review-b/build.py"""
import csv, os, re, sys
sys.path.insert(0, "research")
from source_id import source_id

HERE = "research/sources-review-b"
todo = list(csv.DictReader(open(f"{HERE}/todo.csv", encoding="utf-8")))

# --- findings from log.md (q-numbers) -------------------------------------
# S = seen in a result whose URL is the source URL; fields: pub, prec, title, ev (url seen), note
# N = searched but not returned: q list
SEEN = {
 "964media-5a046": dict(q="q1", title="Kataib Hezbollah leader says no celebration after Iran-Israel war, calls conflict part of ‘doctrinal battle’", n="no date marker ('said Wednesday')."),
 "alarabiya-e0c5c": dict(q="q2", n="body text only (Abadi dismissal of Faleh al-Fayad 'on Thursday'); no headline line, no date marker. data/sources.csv has no date either."),
 "almayadeen-f2b97": dict(q="q3", title="Pentagon says US troops in Iraq, Syria not targeted since truce", n="no date marker."),
 "almayadeen-82f31": dict(q="q4", title='العراق: المقاومة الإسلامية تهاجم قاعدة "حرير" الأميركية بالطائرات المسيّرة', n="no date marker ('اليوم الاثنين'); the full headline is longer than the title in data/sources.csv."),
 "newsalist-d021d": dict(q="q4", n="Arabic text on an IRI claim against Harir ('اليوم السبت'); no headline line, no date marker, no source credited."),
 "bharatexpress-7ee2e": dict(q="q6", title="Iraqi Government: US Airstrikes In Iraq Killed 16 Including Civilians", n="no date marker ('On Saturday')."),
 "dailysabah-7427e": dict(q="q8", title="US forces attacked 16 times in Iraq, Syria this month: Pentagon", n="no date marker ('on Thursday')."),
 "islamtimes-5cc60": dict(q="q8", pub="2023-10-27", title="US Forces, Allies Attacked 16 Times in Iraq and Syria This Month, Pentagon Admits", n="date marker 2023-10-27 (page also shows 'Friday 27 October 2023 - 07:45'); confirms data/sources.csv."),
 "thedailystar-4e981": dict(q="q8", pub="2023-11-16", n="date marker 2023-11-16 confirms data/sources.csv; no headline line; AFP-style text (no credit line in the excerpt)."),
 "kurdistan24-261fb": dict(q="q8", title="US forces attacked 52 times in Syria and Iraq: Pentagon official", n="no date marker ('on Monday'; counts Oct. 17-Nov. 13)."),
 "foxnews-f4176": dict(q="q9", title="Insurgents Who Killed Five GIs in Brazen Karbala Attack Captured", n="no date marker ('said Thursday'); 2007/03/22 in the URL path not used."),
 "haaretz-1e498": dict(q="q10", title="Who Is Qassem Soleimani, the Head of Iran's Quds Force Killed in Iraq", n="no date marker ('early Friday morning'); 2020-01-06 in the URL path not used."),
 "independentala-ff829": dict(q="q11", title="US Targets Iranian Facility in Eastern Syria in Response to Iran-Backed Attacks", n="no date marker; no outlet credited, but its sentences closely follow jpost.com/breaking-news/article-772356 (seen in the same results) - noted, not treated as a proven original."),
 "iranpress-5c7d9": dict(q="q12", n="body text (IRI 'announced on November 17'); no headline line, no date marker."),
 "mehrnews-48232": dict(q="q12", n="body text ('on Thursday'; 'MNA/IRN'); no headline line, no date marker."),
 "centralchronic-661d4": dict(q="q12", title="Shia Muslim militant groups say attacked 3 US military bases in Iraq, Syria", n="dateline 'Baghdad, Jan 15 (UNI)' has no year, so not used; data/sources.csv has 2024-01-15 (not seen as a full date)."),
 "iraqnewsgazett-a4393": dict(q="q13", n="body text from 'Baghdad'; no headline line, no date marker, no source credited."),
 "juedischeallge-0e596": dict(q="q15", n="German text ending 'dpa' (confirms the dpa bracket); no headline line, no date marker."),
 "kurdistan24-4afc4": dict(q="q16", title="U.S. Sanctions Kata’ib Hizbollah, Fly Baghdad for IRGC ties, as Debate over U.S. Policy Grows", n="no date marker ('On Monday')."),
 "lokmattimes-0b99b": dict(q="q17", n="IANS feed text citing Xinhua; dateline 'Baghdad, May 3' has no year, so not used; no headline line."),
 "menafn-92c0c": dict(q="q17", pub="2024-11-11", title="Iraqi Militia Claims Six Drone Attacks On Israeli Targets", n="date marker 2024-11-11 (also '11/11/2024 8:45:17 AM') confirms data/sources.csv; text credited '(MENAFN- IANS) Baghdad, Nov 11 (IANS)' and cites Xinhua; IANS original not in results."),
 "menafn-d2dcb": dict(q="q17", pub="2024-11-24", title="Iraqi Militia Claimed Two Drone Attacks On Southern Israel", n="date marker 2024-11-24 confirms data/sources.csv; dateline 'BAGHDAD, Nov 25 (NNN-NINA)'; NNN/NINA original not in results."),
 "lokmattimes-cfb7f": dict(q="q18", n="IANS feed text citing Xinhua; dateline 'Baghdad, Sept 4' has no year, so not used; no headline line."),
 "hathalyoum-3f279": dict(q="q18, q69", pub="2024-01-07", n="date marker 2024-01-07 ('2024-01-07 21:15:05 - Source: Shafaq News') confirms data/sources.csv; no headline line; Shafaq original not in results."),
 "radioalkul-24602": dict(q="q20", title="ميليشيا “الوارثون” تعلن مسؤوليتها عن هجوم على قاعدة التنف", n="no date marker ('يوم الجمعة الماضي'); cites Furat Post."),
 "republicdefend-d3117": dict(q="q21", title="Iran-Backed Militia Coalition To Resume Attacks On US Troops", n="no date marker ('released Friday'); no outlet credited, but several sentences match a Daily Caller News Foundation piece (Micaela Burrow) seen on foreigndesknews.com - noted only."),
 "shafaq-01d13": dict(q="q22", n="'Shafaq News- Baghdad' body text; no headline line, no date marker ('on Thursday')."),
 "shafaq-2933a": dict(q="q23", n="body text; no headline line, no date marker (meeting 'on Sunday', 'February 11')."),
 "shafaq-40762": dict(q="q24", n="body text; no headline line, no date marker ('August 20, 2024' is the date of the IRI statement quoted, not of the page)."),
 "arab-8e730": dict(q="q26", n="body text (attacks 'on November 9'); no headline line, no date marker."),
 "arab-b9a0b": dict(q="q26", n="body text ('On January 5' attacks); no headline line, no date marker."),
 "syriatruths-41a13": dict(q="q28", title="Drones, rockets target bases housing US occupation forces in northern Iraq, northeastern Syria", n="no date marker ('early on Saturday morning')."),
 "syriahr-d0d91": dict(q="q29", title="Drones and missiles | Iran-backed groups attack a US base in Deir Ezzor countryside", n="no date marker ('the first attack of 2024')."),
 "digitalstaging-c1a9f": dict(q="q32", title="Treasury targets group, person aiding Iraqi insurgents", n="no date marker ('today'); The Hill's staging subdomain."),
 "thenationalnew-7f22c": dict(q="q33", title="Iraqi Parliament confirms Mustafa Al Kadhimi as new Prime Minister", n="no date marker ('on Wednesday night')."),
 "almanar-cad8f": dict(q="q33", pub="2020-05-07", n="date marker 2020-05-07 confirms data/sources.csv; no headline line; 'Source: Iraqi media'."),
 "newarab-97ec8": dict(q="q34", title="Iraq's Olympics chief hit by new US sanctions targeting Iran-linked militias", n="no date marker ('announced on Thursday')."),
 "thenewregion-6aa84": dict(q="q35", n="body text from 'DUBAI, UAE'; no headline line, no date marker ('announced Saturday'; ceasefire 'Sunday, Jan. 19, 2025')."),
 "timesofisrael-51973": dict(q="q36", title="Drone, rockets fired at US-led coalition forces in Iraq and Syria", n="no date marker ('on Monday')."),
 "waradana-a66a2": dict(q="q38", title="Pentagon: 13 Attacks in Iraq and Syria in a Week Injuring 24 American Soldiers", n="no date marker; cites NBC News."),
 "gfatf-3152c": dict(q="q40", title="Two kamikaze drones downed at Erbil Coalition base, says Kurdish anti-terror group", n="no date marker ('early Tuesday'); the text says officials spoke 'to Kurdistan 24', so Kurdistan 24 text (inferred - no source line); Kurdistan 24 original not in results."),
 "stamfordherald-811c9": dict(q="q41", title="U.S. Strikes Weapon Storage Facility in Eastern Syria", n="no date marker ('on Wednesday'); the excerpt names no source (the same text is credited 'Xinhua' on 139.162.250.215 and 'UNI/IBNS' on northeastherald.in, neither an original page)."),
 "usnn-ada9e": dict(q="q42", title="140 Iran-Backed Attacks Targeted US Troops in Iraq, Syria Since Oct. 7: Pentagon", n="byline 'By Lorenz Duchamps'; no date marker (briefing 'on Jan. 18'); no original outlet named; original not in results."),
 "worldmilitaryn-655d1": dict(q="q43", title="Iraq’s Shia Militias Name Successor to Official Slain in US Strike Alongside Soleimani – Reports", n="no date marker; ends 'Continue Reading This Article At Sputnik News'. ORIGINAL FOUND in the same results: sputniknews.com/20200221/... with the same headline and opening text (no date marker there either; 20200221 in its URL path not used)."),
 "defensenewsale-c8d12": dict(q="q45", n="body text (Askari call for volunteers; Muhandis killed 'yesterday'); no headline line, no date marker; footer 'from Long War Journal – FDD's Long War Journal https://ift.tt/2Fjo8sy via Defense News' names LWJ but links only an ift.tt short link, so no original_url."),
 "lankatimes-0820e": dict(q="q47", n="text opens 'ANBAR, Iraq (Reuters) –' (names Reuters); no headline line, no date marker ('on Thursday'); reuters.com original not in results (a malaymail copy dated 2023-10-20 is not the original)."),
 "theatlasnews-c9336": dict(q="q49", title="Islamic Resistance Targets Al-Asad Airbase, Iraq", n="no date marker (statement 'on Tuesday'); data/sources.csv has 2023-10-30 (URL path), not seen on the page."),
 "munsifdaily-e16f3": dict(q="q49", pub="2024-10-09", title="Iraqi militant group claims drone attack on target in Israel", n="date marker 2024-10-09 (also '9 October 2024 - 13:29') confirms data/sources.csv; cites Xinhua."),
 "hathalyoum-11f69": dict(q="q50", pub="2024-01-18", title="Kurdistan's CTS denies any new attack on Erbil Airport", n="date marker 2024-01-18 ('2024-01-18 21:00:07 - Source: Shafaq News'; 'Read the Full Text From: Shafaq News') confirms data/sources.csv; Shafaq original not in results."),
 "kurdistan24-df920": dict(q="q50", pub="2024-01-18", title="No drone shot down near Erbil airport: CTD", n="date marker 2024-01-18 confirms data/sources.csv; byline Wladimir van Wilgenburg."),
 "devsite-9b5db": dict(q="q53", title="أكرم الكعبي.. زعيم مليشيا عراقية يرفض الاستقرار ويصر على تنفيذ فوضى إيران", n="page headline (differs from the URL slug; replaces the reconstructed title 'Al-Estiklal'); no date marker (text refers to 20 April 2024 events). Al-Estiklal's own development subdomain."),
 "breitbart-8c9d5": dict(q="q54", title="Iraqi Forces Raid Iran-Backed Hezbollah Brigade Headquarters in Baghdad", n="no date marker ('late Thursday night'); 2020/06/26 in the URL path not used. partisan lean."),
 "firstpost-fee20": dict(q="q55", n="body text (Tasnim-reported denial 'on Friday'); no headline line, no date marker."),
 "urdupoint-c176e": dict(q="q57", pub="2022-10-28", n="date marker 2022-10-28 (dateline 'CAIRO (UrduPoint News / Sputnik - 28th October, 2022)'); NEW date (data/sources.csv has none). The story is the parliament's vote of confidence in Mohammed al-Sudani's cabinet; Sputnik text; no headline line. (The query wrongly said Kadhimi; the result matched the exact URL.)"),
 "shafaq-8449b": dict(q="q58", title="Iran-backed factions target largest US base in Syria", n="no date marker ('On Saturday')."),
 "shafaq-cc820": dict(q="q59", title="US bases in Middle East attacked 127 times since October 2023 — Pentagon", n="no date marker."),
 "shafaq-d890a": dict(q="q60", title="The Sadrist Movement suspends the work of Saraya Al-Salam in two governorates", n="no date marker ('on Wednesday')."),
 "shafaq-b06f6": dict(q="q61", n="Arabic text: Alma centre figures via a Jerusalem Post report 'translated by Shafaq News' (confirms the bracket); no headline line, no date marker."),
 "dailyalert-37098": dict(q="q62", pub="2023-11-14", title="More Attacks on U.S. Forces following Strike on Iran-Backed Targets in Syria", n="on-page date '2023-11-14 00:00:00' confirms data/sources.csv; source line '(VOA News) Carla Babb'; 'Full Article' link target not shown; VOA original not in results."),
 "anews-5bbb1": dict(q="q63", pub="2024-01-09", title="U.S. bases in Syria come under rocket, drone attacks", n="date marker 2024-01-09 confirms data/sources.csv."),
 "panafricannews-b118e": dict(q="q64", pub="2024-01-03", title="Islamic Resistance of Iraq Targets US al-Tanf Base Using a Drone", n="date marker 2024-01-03 confirms data/sources.csv; byline line 'By Al Mayadeen English' names the original; Al Mayadeen original not in results."),
 "russiaislworld-833a9": dict(q="q64, q66", title="Unmanned Aerial Vehicles Attacking US Base in Al-Tanf Launched from Iraq", n="on-page '29 January' has no year, so not used (data/sources.csv has 2024-01-29, from the URL path; not seen as a full date); 'Based on materials from TASS' (also cites Shafaq News); TASS original not in results."),
 "spacewar-55326": dict(q="q67", pub="2026-03-16", title="Strike kills six Iraqi fighters near Syria border", n="dateline 'Baghdad, March 16 (AFP) Mar 16, 2026' confirms data/sources.csv; footer 'Copyright Agence France-Presse'; AFP's own page not in results."),
 "zerohedge-9dc33": dict(q="q68", pub="2023-12-23", title="US Attacked 100 Times In Iraq & Syria Since October", n="on-page 'Saturday, Dec 23, 2023 - 09:20 PM' confirms data/sources.csv; 'Authored by Dave DeCamp via,' - the outlet name after 'via' is not rendered in the excerpt; Antiwar.com original not in results."),
 "gcclub-2486e": dict(q="q69", n="body text (Nasrallah speech 'on Sunday, 14 January'); no headline line, no date marker; data/sources.csv has 2024-01-15 (URL path), not seen on the page; no original outlet named."),
 "hathalyoum-bbba6": dict(q="q70", pub="2023-11-02", n="date marker 2023-11-02 ('2023-11-02 23:30:06 - Source: Shafaq News'; text cites the Wall Street Journal) confirms data/sources.csv; no headline line; Shafaq original not in results."),
 "pakobserver-97707": dict(q="q70", pub="2023-11-10", n="date marker 2023-11-10 confirms data/sources.csv; text ends '—Agencies'; no headline line."),
 "ruthfullyyours-e086d": dict(q="q71", title="At Least 160 Attacks Carried Out Against U.S. Forces in the Middle East Since Mid-October By Eric Lendrum", n="no date marker (2024/01/31 in the mirror's URL path not used; data/sources.csv has 2024-01-31, not seen); the page links its original, amgreatness.com/2024/01/30/... (the original page itself was not returned)."),
 "menafn-3f6b0": dict(q="q72", pub="2024-08-10", title="U.S. Forces In Syria On High Alert After Military Base Attacked", n="date marker 2024-08-10 confirms data/sources.csv; dateline 'DAMASCUS, Aug 11 (NNN-SANA)', ends '– NNN-SANA'; NNN/SANA original not in results."),
 "docslib-e8406": dict(q="q73", pub="2015-01-05", title="Kataib Al-Imam Ali: Portrait of an Iraqi Shiite Militant Group Fighting ISIS by Matthew Levitt, Phillip Smyth", n="the reproduced document text shows 'Policy Analysis / PolicyWatch 2352 ... Jan 5, 2015' (date of the Washington Institute piece, confirms data/sources.csv); washingtoninstitute.org original not in results."),
 "hathalyoum-c423c": dict(q="q74", pub="2024-01-30", n="date marker 2024-01-30 ('2024-01-30 20:30:04 - Source: Shafaq News'); NEW date (data/sources.csv has none); no headline line (earlier pass q10/q70 had not found it); Shafaq original not in results."),
 "jamestown-67970": dict(q="q76", title="Abu Alaa al-Walai: Tehran’s Loyal Iraqi Militiaman", n="no date marker (cites sources up to 'January' [2020])."),
 "washingtoninst-f0d7d": dict(q="q77", title="Harakat al-Nujaba Identifies with the Iraqi Resistance Coordination Committee", n="no date marker (interview 'February 28')."),
 "longwarjournal-21f2d": dict(q="q78", title="US adds Iranian-backed Shia militia and its leader to list of global terrorists", n="exact URL (with its utm query string) seen; no date marker ('today'); 2019/03 in the URL path not used."),
 "sw-1390d": dict(q="q79", pub="2025-09-27", n="date marker 2025-09-27 confirms data/sources.csv; Swahili text 'Kwa mujibu wa Shirika la Habari la ABNA'; no headline line."),
 "agenzianova-3cd7c": dict(q="q80", n="body text only (Singh briefing: 55 attacks, 59 lightly hurt; '(Was)'); no headline line, no date marker; data/sources.csv has 2023-11-14 (URL path), not seen on the page."),
 "ianslive-c4fd8": dict(q="q83", pub="2026-03-10", n="date marker 2026-03-10 (also 'March 10, 2026 8:17 AM', dateline 'Washington, March 10 (IANS)') confirms data/sources.csv; no headline line."),
 "irna-8d85d": dict(q="q84", pub="2024-11-20", n="date marker 2024-11-20 confirms data/sources.csv; cites the Lebanese Al-Ahd site; no headline line."),
 "krdo-c0e7d": dict(q="q86", pub="2024-01-23", n="date marker 2024-01-23 confirms data/sources.csv; 'WASHINGTON (AP)', byline Tara Copp and Lolita C. Baldor; no headline line."),
 "lbcgroup-19cbf": dict(q="q87", pub="2026-03-09", n="date marker 2026-03-09 confirms data/sources.csv; no headline line; the excerpt shows no wire credit (the AFP bracket comes from data/sources.csv)."),
 "qazinform-665ea": dict(q="q90", pub="2026-02-28", title="Military base in Iraq attacked, killing 2, as tensions continue to intensify in the region", n="date marker 2026-02-28 (also '18:41, 28 February 2026') confirms data/sources.csv; Qazinform's own correspondent (cites Shafaq News)."),
 "sakshipost-99d3a": dict(q="q91", pub="2023-11-07", n="date marker 2023-11-07 (dateline 'Washington, Nov 7 (IANS)'; cites CNN) confirms data/sources.csv; no headline line."),
 "shafaq-e92b4": dict(q="q92", pub="2025-09-17", n="date marker 2025-09-17 ('Shafaq News – Washington') confirms data/sources.csv; no headline line."),
 "shine-531ef": dict(q="q93", pub="2024-04-20", n="date marker 2024-04-20 confirms data/sources.csv; no headline line; no wire credit shown."),
 "famagustagazet-d15a4": dict(q="q93", pub="2024-07-22", title="Shiite militant group in Iraq launch drone at Israel – unverified", n="on-page 'Jul 22, 2024' confirms data/sources.csv."),
 "tass-7039a": dict(q="q94", n="dateline 'DUBAI, May 6. /TASS/' has no year, so not used (data/sources.csv has 2024-05-06); cites Al Mayadeen; no headline line."),
 "tass-15c9c": dict(q="q95", pub="2024-02", prec="month", n="date marker 2024-02-10 but dateline 'BEIRUT, February 11. /TASS/' - the day conflicts, so only the month both agree on is given (data/sources.csv has 2024-02-11). The /amp path variant (not used for the title) shows the headline 'Six drones shot down above US base in northeastern Syria'; cites Sky News Arabia."),
 "themedialine-39003": dict(q="q96", pub="2023-11-19", title="Surge in Attacks Against US Bases in Eastern Syria Linked to Israel-Hamas Conflict", n="exact URL (trailing slash) shows date marker 2023-11-19 (confirms data/sources.csv); the headline is from the same URL without the trailing slash (trivial variant) in the same results."),
}
SEEN_EVIDENCE_VARIANT = {
 "themedialine-39003": "https://themedialine.org/headlines/surge-in-attacks-against-us-bases-in-eastern-syria-linked-to-israel-hamas-conflict/ (date) and .../linked-to-israel-hamas-conflict (no trailing slash; headline)",
}
NOT_RETURNED = {
 "albawaba-c23b5": "q5", "chas-51f71": "q7", "jns-3a4dd": "q14", "rferl-5122a": "q19",
 "southfront-d7279": "q27", "theepochtimes-43b86": "q30", "theglobeandmai-f4b06": "q31",
 "timesofisrael-d56f9": "q37", "yalibnan-794b2": "q39", "corruptionbuzz-93758": "q44",
 "hsjchronicle-4b0c2": "q46", "voiceofrestart-47605": "q48", "theworldmonito-05c6d": "q49",
 "hathalyoum-96243": "q51", "alkhanadeq-a1388": "q52", "dogruhaber-22bf5": "q56",
 "newspravda-76e4d": "q63", "pledgetimes-59793": "q65", "alarabiya-eece0": "q74",
 "arkansasonline-3d2f7": "q75", "bnnbreaking-62229": "q81", "eir-40877": "q82",
 "israelhayom-3465c": "q85", "militarytimes-2880f": "q88", "french-18c55": "q89",
 "tass-81fdc": "q94", "trtworld-80e00": "q97", "nation-bac6b": "q98", "thenews-8689c": "q99",
}
EXTRA_NR_NOTE = {
 "theepochtimes-43b86": " The same headline by Ryan Morgan is on ntd.com (_958313, 'December 4, 2023'), a different outlet's URL - not used.",
}
# earlier pass (research/sources-review) findings for rows I did not search - informational only
EARLIER = {
 "13abc-528e0": "earlier pass q46: not returned (same AP story seen on wrdw.com, 2021-02-16).",
 "aawsat-3273c": "earlier pass q21: not returned.",
 "aawsat-b24bd": "earlier pass q48: not returned.",
 "aawsat-e3a6a": "earlier pass q33: page seen with its title, no date marker.",
 "counterextremi-ecd1c": "earlier pass q4: page seen, no title line or date.",
 "handwiki-f1b2b": "earlier pass q7: page seen ('From HandWiki'), no date.",
 "acquiaprod-15de0": "earlier pass q64: page seen, byline Suadad al-Salhy, no date marker.",
 "newsday-e144f": "earlier pass q18: not returned.",
 "manage-1ab3a": "earlier pass q26: not returned.",
 "rudaw-437e3": "earlier pass q53: page seen with its title, no date marker.",
 "freebeacon-59bcf": "earlier pass q42: not returned.",
 "m-49798": "earlier pass q13: page seen, no date.",
 "wikipedia-703eb": "earlier pass q16: page seen, no date.",
 "sg-e78b1": "earlier pass q43: page seen, 'BEIRUT (Reuters)', no date marker.",
 "djayanews-02ab0": "earlier pass q32: page seen; header date is a site banner, not used.",
 "ifttt-f00d7": "earlier pass q36: page seen, no date marker, original not named.",
 "jimbakkershow-1cb70": "earlier pass q40: not returned.",
 "matzavblog-3ac19": "earlier pass q61: page seen, no date.",
 "review-a9921": "earlier pass q62: page seen (Wikipedia text), no date.",
 "revoladies-e4eb3": "earlier pass q1: page seen, byline 'Rachel', no date.",
 "tampang-f4e37": "earlier pass q76: page seen, no title/date/source.",
 "wiki-b2aa0": "earlier pass q59: not returned.",
}

# --- grading / kind / publisher decisions --------------------------------
# (reliability, kind_override or None, publisher_override or None, grade note)
G = {}
def g(ids, rel, note, kind=None, pub=None):
    for i in ids.split():
        G[i] = (rel, kind, pub, note)

# A
g("defense-62602", "A", "US Department of Defense transcript (official).")
# B
g("13abc-528e0 alarabiya-e0c5c aawsat-3273c aawsat-b24bd aawsat-e3a6a firstpost-fee20 foxnews-f4176 acquiaprod-15de0 newsday-e144f digitalstaging-c1a9f thenationalnew-7f22c newarab-97ec8 timesofisrael-51973 timesofisrael-d56f9", "B", "established national/international outlet; existing grade kept.")
g("alarabiya-eece0", "B", "established international outlet; same grade as 'Al Arabiya' (B) in data.")
g("haaretz-1e498 israelhayom-3465c", "B", "established Israeli national daily.")
g("theglobeandmai-f4b06", "B", "established Canadian national daily.")
g("rferl-5122a", "B", "established international broadcaster (RFE/RL).")
g("militarytimes-2880f", "B", "established US military news outlet.")
g("juedischeallge-0e596", "B", "established German national weekly (dpa text).")
g("khaleejtimes-ee95c", "B", "established UAE national daily (AFP text).")
g("lbcgroup-19cbf lbcgroup-adcf2 lbcgroup-247a8 lbcgroup-cb926", "B", "established Lebanese national broadcaster (LBCI); wire text in brackets.")
g("thedailystar-4e981", "B", "established Bangladeshi national daily (AFP text).")
g("nation-bac6b", "B", "established Pakistani national daily.")
g("thenews-8689c", "B", "established Pakistani national daily (Jang group; 'Jang (Reuters)' is B in data).")
g("aaj-73c35", "B", "Pakistani national TV news channel (Aaj TV).")
g("wionews-7a671", "B", "Indian national TV news channel.")
g("tgcom24-2002c", "B", "Italian national news site of Mediaset.")
g("trtworld-80e00", "B", "Turkish public broadcaster's international channel.")
g("krdo-c0e7d wbznewsradio-6bd8f arkansasonline-3d2f7", "B", "mainstream US local outlet carrying wire copy; graded like '13abc (AP)' and 'Newsday (AP)' (B) in data.")
g("ianslive-c4fd8", "B", "IANS wire (Indian news agency) on its own site.")
g("kuna-c1c65", "B", "KUNA, Kuwait's state news agency (wire).")
g("qazinform-665ea", "B", "Qazinform, Kazakhstan's state news agency (wire).")
g("tass-15c9c tass-7039a tass-81fdc", "B", "TASS, Russian state news agency, graded as a wire; note that 'Sputnik' (a state-run outlet) is E in data.")
g("people-6714c people-b63a1", "B", "People's Daily Online (Chinese state media) carrying Xinhua wire text.")
g("arabic-1dae2", "B", "China Radio International (Chinese state international broadcaster).")
# C
g("964media-5a046 kurdistan24-261fb kurdistan24-4afc4 kurdistan24-df920 manage-1ab3a rudaw-437e3 thenewregion-6aa84 shafaq-01d13 shafaq-2933a shafaq-40762 shafaq-8449b shafaq-cc820 shafaq-b06f6", "C", "Iraqi/Kurdish regional outlet; existing grade kept.")
g("shafaq-d890a shafaq-e92b4", "C", "Iraqi regional outlet; same grade as 'Shafaq News' (C, 130 rows) in data.")
g("anews-5bbb1", "C", "same grade as 'A News' (C) in data (Turkish pro-government outlet).")
g("dailysabah-7427e", "C", "Turkish pro-government daily of the same media group as A News, which data grades C.")
g("agenzianova-3cd7c", "C", "Italian niche agency; same grade as 'Agenzia Nova' (C) in data.")
g("devsite-9b5db", "C", "Al-Estiklal (regional Arabic outlet); existing grade C kept (data also has one Al-Estiklal row at E).")
g("albawaba-c23b5", "C", "regional outlet; same grade as 'Al Bawaba' (C) in data.")
g("breitbart-8c9d5", "C", "existing grade kept; partisan lean.")
g("townhall-04cac", "C", "conservative opinion site carrying AP copy; graded like Breitbart (C); partisan lean.")
g("nationofchange-19a9c", "C", "progressive advocacy news site; partisan lean.")
g("news-78e47", "C", "niche anti-interventionist news site (Antiwar.com); partisan lean.")
g("americanmilita-712fb", "C", "niche US military-news site.")
g("asianlite-ea57e", "C", "niche UK-based Asian community outlet.")
g("bharatexpress-7ee2e oneindia-7ccb1 siasat-c7e44 sakshipost-99d3a munsifdaily-e16f3 punjabnewsexpr-49f0e lokmattimes-0b99b lokmattimes-cfb7f thehawk-1e120", "C", "Indian regional/niche outlet (often wire-feed text).")
g("pakobserver-97707", "C", "smaller Pakistani national daily; this item is unattributed 'agencies' text.")
g("chas-51f71", "C", "Ukrainian online outlet (Reuters-based text per data).")
g("centralchronic-661d4", "C", "Indian regional daily (Bhopal) running UNI wire copy under its own name - a subscriber newspaper, not a third-party mirror, so kind set to news (data kind was 'mirror').", kind="news", pub="Central Chronicle (UNI)")
g("counterextremi-ecd1c longwarjournal-21f2d crisisgroup-c447e jamestown-67970 washingtoninst-f0d7d", "C", "research / think-tank page.")
g("almarjieparis-46f9d", "C", "niche Paris-based Arabic site on Islamist movements.")
g("dogruhaber-22bf5 thereferencepa-97572 urdupoint-c176e jns-3a4dd syriahr-d0d91 yalibnan-794b2 freebeacon-59bcf", "C", "regional/niche outlet; existing grade kept.")
g("theepochtimes-43b86 theepochtimes-e4bb7", "C", "same grade as theepochtimes.com rows (C) in data.")
g("famagustagazet-d15a4", "C", "small Cypriot regional outlet.")
g("iqiraq-cd426", "C", "Iraqi regional outlet.")
g("npasyria-e2bf4", "C", "North Press Agency, a Syrian (northeast) regional agency.")
g("radioalkul-24602", "C", "Syrian opposition radio (regional).")
g("sunstar-31c14", "C", "Philippine regional daily.")
g("shine-531ef", "C", "Shanghai Daily, a city-level English daily.")
g("thearabweekly-d88e3", "C", "London-based Arab regional weekly.")
g("theatlasnews-c9336", "C", "niche OSINT-style news brief site.")
g("themedialine-39003", "C", "niche Middle East news agency (The Media Line).")
g("iranintl-4ceb6", "C", "Persian-language opposition broadcaster; partisan lean.")
# D
g("globalsecurity-8be19 m-d2bc2 middleeastmili-8ef8d simple-7781b m-49798 m-fa2a8 wikipedia-703eb wikipedia-946ba wikipedia-c1cf5 wikipedia-e13e5 m-25606 wikipedia-9582a wikipedia-dc243 ru-a6a1e sco-8cdd9 sco-e15e9 simple-d4504", "D", "reference work (Wikipedia/encyclopedia/hobby reference).")
g("sg-e78b1 tampang-f4e37", "D", "aggregator; existing grade kept.")
g("hathalyoum-c423c", "D", "aggregator (Hathalyoum reposts Shafaq News and others); existing grade kept.")
g("hathalyoum-11f69 hathalyoum-3f279 hathalyoum-96243 hathalyoum-bbba6", "D", "kind set to aggregator (data kind was 'mirror'): Hathalyoum reposts many outlets with a 'Source:' line; graded like 'Hathalyoum' (D, aggregator) in data.", kind="aggregator")
g("menafn-92c0c menafn-3f6b0 menafn-d2dcb", "D", "kind set to aggregator (data kind was 'mirror'): MENAFN republishes wire and press-release feeds; graded like the other menafn.com rows (D) in data.", kind="aggregator")
g("dailyalert-37098", "D", "kind set to aggregator (data kind was 'mirror'): Daily Alert is a news digest that excerpts other outlets with credits.", kind="aggregator")
# E partisan
g("sw-1390d", "E", "ABNA (AhlulBayt News Agency), graded like ABNA (E) in data; partisan (Axis-aligned).")
g("almayadeen-82f31 almayadeen-f2b97", "E", "Al Mayadeen, Beirut channel aligned with the Axis of Resistance; partisan.")
g("alkhanadeq-a1388", "E", "Al-Khanadeq, Lebanese site aligned with Hezbollah/the Axis; partisan.")
g("almanar-cad8f", "E", "Al-Manar, Hezbollah's outlet; partisan.")
g("defapress-4b8e2", "E", "Defa Press, Iranian armed forces outlet; partisan.")
g("irna-8d85d", "E", "IRNA, Iranian state news agency; partisan (Axis state media).")
g("mehrnews-48232 tasnimnews-91d98", "E", "Iranian state-linked agency (Mehr/Tasnim); partisan.")
g("french-18c55", "E", "Press TV (Iranian state broadcaster); partisan.")
g("iranpress-5c7d9", "E", "Iranian state-linked outlet; existing grade E kept; partisan.")
g("islamtimes-17b36 islamtimes-5cc60 islamtimes-efd86", "E", "Islam Times, Iran-aligned site; partisan.")
g("arab-b9a0b arab-8e730 southfront-d7279", "E", "SouthFront, pro-Russian/Axis-aligned site; partisan.")
g("sputnikglobe-61b1a sputnikglobe-910f9 sputniknews-38213", "E", "Sputnik; same grade as 'Sputnik' (E) in data; partisan.")
g("syriatruths-41a13", "E", "pro-Damascus site (uses 'US occupation forces' in its own voice); partisan.")
g("waradana-a66a2", "E", "existing grade kept.")
g("worldterror-59ac5", "E", "little-known Polish site; existing grade kept.")
# E unknown / fringe
g("independentala-ff829 iraqnewsgazett-a4393 republicdefend-d3117 newsalist-d021d", "E", "unknown site with no stated ownership or editorial staff.")
g("bnnbreaking-62229", "E", "little-known breaking-news site (not a wire, no stated editorial base); unknown site.")
g("eir-40877", "E", "little-known site (eir.news); identity and ownership not verified.")
g("automagazine-53fb3", "E", "unknown site (a motoring site carrying a news digest).")
g("sott-5c905", "E", "fringe alternative-news site (Signs of the Times); unknown/partisan.")
g("grokipedia-bda3f", "E", "AI-generated encyclopedia; existing grade E kept.")
g("ifmat-e1253", "E", "advocacy site; same grade as publisher 'IFMAT' (E, 2 rows) in data (one ifmat.org row there is D/aggregator).")
g("revoladies-e4eb3", "E", "blog-style site; existing grade kept.")
# E mirrors
g("gfatf-3152c stamfordherald-811c9 theworldmonito-05c6d usnn-ada9e worldmilitaryn-655d1 zerohedge-9dc33 panafricannews-b118e pledgetimes-59793 russiaislworld-833a9 spacewar-55326 newspravda-76e4d gcclub-2486e lankatimes-0820e ruthfullyyours-e086d defensenewsale-c8d12 hsjchronicle-4b0c2 ifttt-f00d7 jimbakkershow-1cb70 matzavblog-3ac19 corruptionbuzz-93758 djayanews-02ab0 dinargururv-d5495 voiceofrestart-47605 docslib-e8406", "E", "mirror: copy on a third-party site, graded by where it sits.")
g("handwiki-f1b2b archive-cb27d askwikinow-5447c cloudflareipfs-0dcac deacademic-e1d2d academic-f4637 muhtawa-9d8e8 tomorrow-d11d2 piglix-a1d70 profilpelajar-63954 review-a9921 statemaster-300c7 travel-6712c wiki-923ac wiki-b2aa0 wikisum-a870b fanyv88-f0399", "E", "mirror of reference text (Wikipedia copy), graded by where it sits.")

# originals named/linked/found on the page
ORIG = {
 "worldmilitaryn-655d1": ("Sputnik", "https://sputniknews.com/20200221/iraqs-shia-militias-name-successor-to-official-slain-in-us-strike-alongside-soleimani---reports-1078372097.html"),
 "ruthfullyyours-e086d": ("American Greatness", "https://amgreatness.com/2024/01/30/at-least-160-attacks-carried-out-against-u-s-forces-in-the-middle-east-since-mid-october/"),
 "gfatf-3152c": ("Kurdistan 24 (inferred from the text; no source line)", ""),
 "defensenewsale-c8d12": ("FDD's Long War Journal", ""),
 "lankatimes-0820e": ("Reuters", ""),
 "panafricannews-b118e": ("Al Mayadeen English", ""),
 "russiaislworld-833a9": ("TASS", ""),
 "spacewar-55326": ("AFP", ""),
 "dailyalert-37098": ("VOA News", ""),
 "menafn-92c0c": ("IANS", ""),
 "menafn-3f6b0": ("NNN-SANA", ""),
 "menafn-d2dcb": ("NNN-NINA", ""),
 "hathalyoum-c423c": ("Shafaq News", ""),
 "hathalyoum-11f69": ("Shafaq News", ""),
 "hathalyoum-3f279": ("Shafaq News", ""),
 "hathalyoum-bbba6": ("Shafaq News", ""),
 "docslib-e8406": ("The Washington Institute for Near East Policy (PolicyWatch 2352)", ""),
 "zerohedge-9dc33": ("Antiwar.com (per data/sources.csv; the page's 'via' credit is not rendered in the excerpt)", ""),
}
PUB_OVERRIDE = {"urdupoint-c176e": "UrduPoint (Sputnik)"}
NOT_IDENTIFIABLE = {
 "stamfordherald-811c9": "original not named in the excerpt seen (data/sources.csv says Xinhua text)",
 "usnn-ada9e": "original not named on the page",
 "gcclub-2486e": "original not named on the page",
}

rows = []
for r in todo:
    sid = r["source_id"]
    rel, kind_o, pub_o, gnote = G[sid]
    kind = kind_o or r["kind"]
    publisher = PUB_OVERRIDE.get(sid) or pub_o or r["publisher"]
    pub = prec = title = ""
    op = ou = osid = ""
    notes = []
    if sid in SEEN:
        f = SEEN[sid]
        pub = f.get("pub", "")
        prec = f.get("prec", "day" if pub else "")
        title = f.get("title", "")
        ev = SEEN_EVIDENCE_VARIANT.get(sid, r["url"])
        notes.append(f"{f['q']}: page seen; {f['n']}")
        if r["published"] and not pub:
            if "not seen" not in f["n"] and "not used" not in f["n"]:
                notes.append(f"data/sources.csv has {r['published']}, not seen on the page; left empty.")
    elif sid in NOT_RETURNED:
        ev = "domain"
        notes.append(f"Searched ({NOT_RETURNED[sid]}) but the page was not returned; kind/grade from the domain." + EXTRA_NR_NOTE.get(sid, ""))
    else:
        ev = "domain"
        notes.append("Not searched; kind/grade from the domain.")
        if sid in EARLIER:
            notes.append(EARLIER[sid])
    notes.append(gnote)
    if kind_o and kind_o != r["kind"] and "data kind was" not in gnote:
        notes.append(f"data kind was '{r['kind']}'.")
    # originals
    if sid in ORIG:
        op, ou = ORIG[sid]
        if ou:
            osid = source_id(ou)
    elif sid in NOT_IDENTIFIABLE:
        notes.append(NOT_IDENTIFIABLE[sid] + "; original not identifiable.")
    elif r["original_publisher"] and kind in ("mirror", "aggregator"):
        opd = r["original_publisher"]
        op = opd if "per data/sources.csv" in opd or opd == "not named on page" else opd + " (per data/sources.csv; not verified)"
    elif kind in ("mirror", "aggregator"):
        m = re.search(r"\(([^()]*?) text\b", r["publisher"])
        if m and "unnamed" not in m.group(1) and "bylined" not in m.group(1):
            op = m.group(1).strip() + " (per data/sources.csv publisher text; not verified)"
    if r["published"] and not pub and sid not in SEEN:
        notes.append(f"data/sources.csv has {r['published']}; not seen here, so left empty.")
    rows.append(dict(source_id=sid, published=pub, published_precision=prec, title=title,
                     publisher=publisher, kind=kind, reliability=rel, original_publisher=op,
                     original_url=ou, original_source_id=osid, evidence=ev, note=" ".join(notes)))

cols = "source_id,published,published_precision,title,publisher,kind,reliability,original_publisher,original_url,original_source_id,evidence,note".split(",")
with open(f"{HERE}/sources_review.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.DictWriter(fh, fieldnames=cols); w.writeheader(); w.writerows(rows)

# original pages as new source rows
dcols = "source_id,title,publisher,authors,published,published_precision,url,seed_file,kind,title_reconstructed,reliability,original_publisher,original_url".split(",")
new = [
 dict(source_id=source_id(ORIG["worldmilitaryn-655d1"][1]),
      title="Iraq’s Shia Militias Name Successor to Official Slain in US Strike Alongside Soleimani - Reports",
      publisher="Sputnik", authors="", published="", published_precision="", url=ORIG["worldmilitaryn-655d1"][1],
      seed_file="", kind="news", title_reconstructed="false", reliability="E", original_publisher="", original_url=""),
 dict(source_id=source_id(ORIG["ruthfullyyours-e086d"][1]),
      title="At Least 160 Attacks Carried Out Against U.S. Forces in the Middle East Since Mid-October",
      publisher="American Greatness", authors="Eric Lendrum", published="", published_precision="", url=ORIG["ruthfullyyours-e086d"][1],
      seed_file="", kind="news", title_reconstructed="false", reliability="C", original_publisher="", original_url=""),
]
with open(f"{HERE}/sources.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.DictWriter(fh, fieldnames=dcols); w.writeheader(); w.writerows(new)
print("rows", len(rows), "new sources", len(new))
