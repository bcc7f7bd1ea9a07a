"""Build sources_review.csv from data/sources.csv plus what the stored pages showed (see log.md).

Run from the project root: python3 research/sources-review/build.py
It only reads data/sources.csv; it writes research/sources-review/sources_review.csv.
"""
import csv
import sys
from urllib.parse import urlparse

sys.path.insert(0, "research")
from source_id import source_id  # noqa: E402

SRC = "data/sources.csv"
OUT = "research/sources-review/sources_review.csv"
COLS = ["source_id", "published", "published_precision", "title", "publisher", "kind", "reliability",
        "original_publisher", "original_url", "original_source_id", "evidence", "note"]

# ---------------------------------------------------------------- domain defaults
# host (without www./en./english./m./amp.) -> (publisher, kind, reliability, default note)
D = {}


def dom(hosts, publisher, kind, rel, note=""):
    for h in hosts.split():
        D[h] = (publisher, kind, rel, note)


# official
dom("centcom.mil", "US Central Command", "official", "A")
# established outlets (own reporting) -> B
dom("aawsat.com", "Asharq Al-Awsat", "news", "B")
dom("aljazeera.com", "Al Jazeera", "news", "B")
dom("al-monitor.com", "Al-Monitor", "news", "B")
dom("thenationalnews.com", "The National", "news", "B")
dom("arabnews.pk", "Arab News", "news", "B")
dom("newarab.com", "The New Arab", "news", "B")
dom("middleeasteye.net", "Middle East Eye", "news", "B")
dom("dw.com", "Deutsche Welle", "news", "B")
dom("africanews.com", "Africanews", "news", "B")
dom("ahram.org.eg", "Ahram Online", "news", "B")
dom("foxnews.com", "Fox News", "news", "B")
dom("latimes.com", "Los Angeles Times", "news", "B")
dom("washingtonpost.com", "Washington Post", "news", "B")
dom("thedailybeast.com", "The Daily Beast", "news", "B")
dom("voanews.com", "VOA", "news", "B")
dom("scmp.com", "South China Morning Post", "news", "B")
dom("straitstimes.com", "The Straits Times", "news", "B")
dom("spokesman.com", "The Spokesman-Review", "news", "B")
dom("theage.com.au", "The Age", "news", "B")
dom("thetimes.co.uk", "The Times", "news", "B")
dom("malaymail.com", "Malay Mail", "news", "B")
dom("hurriyetdailynews.com", "Hurriyet Daily News", "news", "B")
dom("newsday.com", "Newsday", "news", "B")
dom("13abc.com", "13abc", "news", "B")
dom("stripes.com", "Stars and Stripes", "news", "B")
dom("democracynow.org", "Democracy Now!", "news", "B")
dom("i24news.tv", "i24NEWS", "news", "B")
dom("jpost.com", "Jerusalem Post", "news", "B")
dom("timesofisrael.com", "Times of Israel", "news", "B")
dom("ynetnews.com", "Ynet", "news", "B")
dom("today.lorientlejour.com", "L'Orient Today", "news", "B")
dom("dawn.com", "Dawn", "news", "B")
dom("thehindu.com", "The Hindu", "news", "B")
dom("frontline.thehindu.com", "Frontline (The Hindu)", "news", "B")
dom("thequint.com", "The Quint", "news", "B")
dom("firstpost.com", "Firstpost", "news", "B")
dom("outlookindia.com", "Outlook India", "news", "B")
dom("ibtimes.com", "International Business Times", "news", "B")
dom("jang.com.pk", "Jang", "news", "B")
# regional / niche outlets -> C
dom("shafaq.com", "Shafaq News", "news", "C", "Iraqi regional outlet")
dom("rudaw.net manage.rudaw.net", "Rudaw", "news", "C", "Kurdistan Region outlet")
dom("kurdistan24.net", "Kurdistan24", "news", "C", "Kurdistan Region outlet")
dom("964media.com", "964media", "news", "C", "Iraqi regional outlet")
dom("thenewregion.com", "The New Region", "news", "C", "Kurdistan Region outlet")
dom("baghdadherald.com", "Baghdad Herald", "news", "C", "Iraqi regional outlet")
dom("middleeastmonitor.com", "Middle East Monitor", "news", "C")
dom("caliber.az", "Caliber.Az", "news", "C")
dom("anews.com.tr", "A News", "news", "C")
dom("news.az", "News.Az", "news", "C")
dom("worldbulletin.dunyabulteni.net", "World Bulletin", "news", "C")
dom("dogruhaber.com.tr", "Dogru Haber", "news", "C")
dom("urdupoint.com", "UrduPoint", "news", "C")
dom("dailypakistan.com.pk", "Daily Pakistan", "news", "C")
dom("asianews.it", "AsiaNews", "news", "C")
dom("allisrael.com", "All Israel News", "news", "C")
dom("israelnationalnews.com", "Israel National News", "news", "C", "partisan lean")
dom("jns.org", "JNS", "news", "C")
dom("newsmax.com", "Newsmax", "news", "C", "partisan lean")
dom("breitbart.com", "Breitbart", "news", "C", "partisan lean")
dom("ntd.com", "NTD", "news", "C")
dom("hstoday.us", "Homeland Security Today", "news", "C")
dom("hamodia.com", "Hamodia", "news", "C")
dom("yalibnan.com", "Ya Libnan", "news", "C")
dom("freebeacon.com", "Washington Free Beacon", "news", "C")
dom("eu-iraq.org", "EU-Iraq", "news", "C")
dom("thereference-paris.com", "The Reference (Paris)", "news", "C")
dom("lareference-paris.com", "The Reference (Paris), French edition", "news", "C")
dom("devsite.alestiklal.org", "Al-Estiklal", "news", "C", "served from the outlet's own development subdomain")
dom("thedefensepost.com", "The Defense Post", "news", "C")
# axis-aligned / faction-aligned outlets -> E (partisan)
dom("abna24.com", "ABNA (AhlulBayt News Agency)", "news", "E", "partisan: Iran-linked religious news agency")
dom("iswnews.com", "ISWNews", "news", "E", "partisan: pro-'Axis of Resistance' outlet")
dom("ifpnews.com", "IFP News", "news", "E", "partisan: Iranian pro-government outlet")
dom("almasdarnews.com", "Al-Masdar News", "news", "E", "partisan: pro-Damascus outlet")
dom("thecradle.co", "The Cradle", "news", "E", "partisan: pro-'Axis of Resistance' outlet")
# unknown sites -> E
dom("aljeebal.com", "aljeebal.com", "news", "E", "little-known Arabic site")
dom("360akhbaria.com", "Al-Ikhbariya 360 (360akhbaria.com)", "news", "E", "little-known Iraqi news site")
dom("waradana.com", "Waradana", "news", "E", "little-known Arabic news site")
dom("worldterror.pl", "worldterror.pl", "news", "E", "little-known Polish site")
dom("tfiglobalnews.com", "TFI Global", "news", "E", "little-known Indian site")
dom("thebriefpost.com", "The Brief Post", "news", "E", "little-known news site")
dom("reportfocusnews.com", "Report Focus News", "news", "E", "little-known news site")
# research
for h, p in [("washingtoninstitute.org", "Washington Institute"), ("longwarjournal.org", "FDD's Long War Journal"),
             ("memri.org", "MEMRI JTTM"), ("jihadintel.meforum.org", "Middle East Forum (Jihad Intel)"),
             ("iranprimer.usip.org", "USIP Iran Primer"), ("counterextremism.com", "Counter Extremism Project"),
             ("cisac.fsi.stanford.edu", "Stanford CISAC (Mapping Militants)"), ("aymennjawad.org", "Aymenn Jawad Al-Tamimi (blog)"),
             ("thearabcenter.org", "Arab Center"), ("flashpoint.io", "Flashpoint"), ("hozint.com", "Hozint"),
             ("greydynamics.com", "Grey Dynamics"), ("argoinitiative.com", "Argo Initiative"), ("levantnetworks.com", "Levant Networks"),
             ("hrdmemorial.org", "HRD Memorial"), ("charlesglass.net", "Charles Glass (personal site)"),
             ("steningsimpson.com.au", "Stening Simpson")]:
    dom(h, p, "research", "C")
dom("cufi.org", "Christians United for Israel (CUFI)", "research", "E", "advocacy organisation; partisan")
# reference
dom("wikipedia.org en.wikipedia.org m.wikipedia.org", "Wikipedia", "reference", "D")
dom("simple.wikipedia.org", "Simple English Wikipedia", "reference", "D")
dom("middleeastmilitaria.com", "Middle East Militaria", "reference", "D", "collector/hobbyist site")
# aggregators
for h, p in [("menafn.com", "MENAFN"), ("thefederalnewswire.com", "The Federal Newswire"), ("devdiscourse.com", "Devdiscourse"),
             ("sg.news.yahoo.com", "Yahoo News Singapore"), ("english.hathalyoum.net", "Hathalyoum"), ("ifmat.org", "ifmat.org"),
             ("daily8.com", "Daily8"), ("dailynewsbrief.com", "Daily News Brief"), ("tampang.com", "tampang.com"),
             ("rasalkhaimahnews.com", "Ras Al Khaimah News"), ("jagotimes.com", "Jago Times"), ("trackpersia.com", "TrackPersia"),
             ("newsbreak.com", "NewsBreak"), ("currentaffairs.gktoday.in", "GKToday"), ("en.minanews.net", "MINA")]:
    dom(h, p, "aggregator", "D")
# mirrors
for h, p in [("piglix.com", "piglix.com"), ("kampuspedia.com", "kampuspedia.com"), ("handwiki.org", "HandWiki"),
             ("cloudflare-ipfs.com", "cloudflare-ipfs.com (IPFS gateway)"), ("dichtienghoa.com", "dichtienghoa.com"),
             ("de.zxc.wiki", "de.zxc.wiki"), ("review.clateway.com", "review.clateway.com"), ("wiki.studentb.eu", "wiki.studentb.eu"),
             ("w.owiki.org", "owiki"), ("theinfolist.com", "TheInfoList"), ("wikisum.wiki", "wikisum.wiki"), ("docslib.org", "docslib.org"),
             ("lexbuild.dev", "LexBuild"), ("webjosh.com", "webjosh.com"), ("geopolitics.news", "geopolitics.news"),
             ("djayanews.com", "djayanews.com"), ("matzavblog.com", "matzavblog.com"), ("k-zone.biz", "k-zone.biz"),
             ("news-cersia.com", "news-cersia.com"), ("jimbakkershow.morningsidechurchinc.com", "jimbakkershow.morningsidechurchinc.com"),
             ("politicalemails.org", "politicalemails.org"), ("mesop.de", "mesop.de"), ("dinargururv.com", "dinargururv.com"),
             ("dinarupdates.com", "dinarupdates.com"), ("ifttt.itbehere.com", "ifttt.itbehere.com"), ("hotscup.com", "hotscup.com"),
             ("rangeinn.com", "rangeinn.com"), ("revoladies.com", "revoladies.com"), ("yesterdaysprophecy.com", "yesterdaysprophecy.com"),
             ("ec2-52-56-113-53.eu-west-2.compute.amazonaws.com", "unnamed site on an AWS EC2 host")]:
    dom(h, p, "mirror", "E")

# ---------------------------------------------------------------- what the pages showed (log.md; 81 searches)
# source_id -> dict(published, prec, title, publisher, kind, rel, op, ou, evidence, note)
SEEN = "seen in search result"
O = {
    "revoladies-e4eb3": dict(title="Islamic Resistance in Iraq: Alliance of Armed Groups Supports Aqsa Flood", kind="aggregator",
                             note="q1: page seen; byline 'Rachel'; no date. Blog-style site; no original outlet named, so not provably a mirror."),
    "piglix-5ea92": dict(title="Asa'ib Ahl al-Haq (AAH)", op="Wikipedia (English)",
                         note="q2: page seen (older Wikipedia text with infobox); en.wikipedia original not in results; no date."),
    "jihadintel-9630b": dict(title="Asa'ib Ahl al-Haq", note="q2: page seen; no date shown."),
    "kampuspedia-da2f8": dict(title="Akram al-Kaabi", op="Wikipedia (French)",
                              note="q4: page seen; French Wikipedia text; original not in results; no date."),
    "lareferencepar-df25e": dict(title="Akram al-Kaabi: le serviteur de l'Iran en Irak",
                                 note="q4: page seen; byline Ali Ragab; no date shown."),
    "counterextremi-ecd1c": dict(note="q4: page seen (military-leaders listing, Kaabi entry); no title line or date in the excerpt."),
    "ec2525611353-058bb": dict(title="Ashab al-Kahf Claims Targeting U.S. Logistical Support Convoys", op="unknown (commercial intelligence site; page ends with 'Book a Demo')",
                               note="q5: page seen; no outlet name, no date. Original outlet could not be identified."),
    "webjosh-41bd5": dict(title="Who are the Islamic Resistance in Iraq?", publisher="webjosh.com (Al Jazeera text)", op="Al Jazeera",
                          note="q6/q11: page seen; credits 'Al Jazeera'; no date marker; Al Jazeera original not in results."),
    "handwiki-f1b2b": dict(title="Religion:Kata'ib Hezbollah", op="Wikipedia (English)", note="q7: page seen ('From HandWiki'); no date."),
    "cufi-cd276": dict(title="Iraq – Kataib Hezbollah", note="q7: page seen; no date."),
    "thefederalnews-d7a20": dict(publisher="The Federal Newswire (US State Department text)", op="US Department of State",
                                 note="q8: page seen; no title line or date marker in the excerpt; body reproduces the State Department designation text ('On June 17, 2024, the Department of State designated ...') - that is the action date, not a page date. State original not in results."),
    "menafn-f2b8c": dict(pub="2025-09-17", prec="day", publisher="MENAFN (US State Department statement)", op="US Department of State",
                         note="q9: page seen; date marker 2025-09-17; State Department statement text. State original not in results."),
    "israelnational-6582e": dict(pub="2025-09-17", prec="day", note="q9: page seen; date marker 2025-09-17; reports the State Department FTO designations; no title line."),
    "newsmax-23b51": dict(pub="2023-11-03", prec="day", note="q11: page seen; date marker 2023-11-03; IRI 'new phase' statement, relies on OSINTdefender/Newsweek; no title line."),
    "m-49798": dict(title="Fatah Alliance", note="q13: page seen; no date."),
    "aawsat-202ca": dict(title="Undeclared Truce in Iraq Allows Sudani to Mend Ties with Washington",
                         ev="https://english.aawsat.com/arab-world/4863171-undeclared-truce-iraq-allows-sudani-mend-ties-washington?page=5",
                         note="q15: same article seen under ?page= variants of the source URL; no date marker."),
    "wikipedia-703eb": dict(title="Saraya al-Khorasani", note="q16: page seen; no date."),
    "almasdarnews-d0683": dict(pub="2020-01-03", prec="day", note="q19: page seen; date marker 2020-01-03; quotes the State Department AAH designation statement; no title line."),
    "lexbuild-94080": dict(pub="2020-01-10", prec="day", title="In the Matter of the Designation of the Asa'ib Ahl al-Haq (and other aliases) as a Foreign Terrorist Organization",
                           publisher="LexBuild (Federal Register text)", op="Federal Register (US Department of State notice)",
                           note="q19: page seen; page metadata shows publication_date 2020-01-10, Federal Register document 2020-00253 (85 FR 1369), signed 2 January 2020 by Pompeo. The underlying document is official (A); this copy is graded as a mirror. federalregister.gov original not in results."),
    "newscersia-8faac": dict(op="unknown", note="q19: page seen; text opens 'STRATEGIC ASSESSMENT.' (analysis of the 2020 AAH FTO designation); no title, outlet or date shown; original not identified."),
    "geopolitics-e0fde": dict(publisher="geopolitics.news (Al-Masdar News text)", op="Al-Masdar News",
                              note="q20: page seen; no title line, no date marker; dateline 'BEIRUT, LEBANON (6:20 P.M.)' is Al-Masdar's house style, but the page does not name Al-Masdar and the Al-Masdar original was not in results."),
    "964media-04f3a": dict(title="Iraqi government blames Kataib Hezbollah brigades for deadly Baghdad agriculture directorate attack",
                           note="q22: page seen; no date marker (text refers to the 27 July attack)."),
    "shafaq-88989": dict(pub="2025-07-28", prec="day", note="q22: page seen; date marker 2025-07-28."),
    "shafaq-3d125": dict(pub="2024-01-04", prec="day", note="q23: page seen; date marker 2024-01-04; no title line."),
    "newarab-03e0f": dict(title="Explainer: Who was 'Abu Taqwa', the Iraqi militia head assassinated by the US?",
                          note="q23: page seen; no date marker (says 'on Thursday')."),
    "aawsat-e606f": dict(title="Who was Abu Taqwa, killed in US Strike in Baghdad?", note="q23: page seen; no date marker."),
    "shafaq-e9888": dict(note="q24: page seen (AMP URL); no title line, no date marker."),
    "shafaq-f9050": dict(pub="2022-10-23", prec="day", title="Coordination Framework agrees on a deadline for granting al-Sudani cabinet confidence: source",
                         note="q25: page seen; date marker 2022-10-23 and on-page 'Date: 2022-10-23T20:17:34'."),
    "waradana-fce38": dict(note="q28: page seen; no title line, no date marker; text cites NBC and Reuters."),
    "allisrael-92e9a": dict(title="Iranian-affiliated militias in Iraq reportedly agree to halt attacks on Israel", note="q29: page seen; no date marker."),
    "caliber-ea791": dict(title="Hezbollah elects Naim Qassem to succeed slain head Nasrallah",
                          note="q31: page seen; byline Vafa Guliyeva; 'per foreign media'; no date marker."),
    "djayanews-02ab0": dict(title="Terrorist Designations of Iran-aligned Militia Groups", publisher="djayanews.com (US State Department text)",
                            op="US Department of State",
                            note="q32: page seen; reproduces the State Department statement designating KSS and al-Saraji (with Treasury's six KH designations). The page header shows 'Tue. Jul 16th, 2024' - a site banner date, not used as publication date. State original not in results."),
    "thenewregion-b904f": dict(note="q33: page seen; no title line, no date marker (Sudani committee 'on Saturday', Treasury action 'on Thursday')."),
    "dinarupdates-64b40": dict(title="America moves against three Shiite groups in addition to the Rafidain Bank in Iraq.",
                               publisher="dinarupdates.com (Shafaq News text)", op="Shafaq News",
                               note="q33: blog listing page seen; the item headline is given as title; text says it was translated by Shafaq News Agency; no date; Shafaq original not in results."),
    "aawsat-e3a6a": dict(title="Iraq Fears Expansion of US Sanctions List", note="q33: page seen; no date marker."),
    "dichtienghoa-78901": dict(title="Kata'ib Sayyid al-Shuhada", op="Wikipedia (English)",
                               note="q34: page seen (Wikipedia text through a translate proxy; the mirror URL embeds en.wikipedia.org/wiki/Kata%27ib_Sayyid_al-Shuhada, but that page itself was not in results)."),
    "360akhbaria-a345e": dict(note="q35: page seen; Arabic report of a KSS statement 'received by Al-Ikhbariya 360' - the site's own report, so not a mirror (data/sources.csv says mirror). 'Today Saturday', no date marker, no title line."),
    "shafaq-cc34d": dict(pub="2025-06-22", prec="day", note="q35: page seen; date marker 2025-06-22."),
    "thenationalnew-2ad75": dict(title="Iraqi government condemns 'irresponsible' US drone strike on militia leaders in Baghdad",
                                 note="q35: page seen; byline Sinan Mahmoud; no date marker ('on Thursday')."),
    "steningsimpson-2cc73": dict(note="q36: page seen; incident note (28 Jan 2024, Tower 22, 34 injured); no title or date shown. The consultancy's own text, not a copy of another outlet (data/sources.csv says mirror)."),
    "ifttt-f00d7": dict(title="Three US Troops Killed, 25 Injured, After Drone Slams Into Base On Jordanian Border", op="not named on page",
                        note="q36: page seen; quotes CNN and CENTCOM and embeds an X post of 28 Jan 2024; no date marker; original outlet not identified."),
    "devdiscourse-30150": dict(pub="2020-06-26", prec="day", title="Iraqi security forces raid Iran-backed militia headquarters - govt sources",
                               publisher="Devdiscourse (Reuters)", op="Reuters",
                               note="q37: page seen; date marker 2020-06-26; Reuters text (the page says 'told Reuters'). Other Reuters copies seen (radiofarda, nationalpost) but no reuters.com page."),
    "hotscup-99577": dict(op="not named on page", kind="aggregator",
                          note="q38: page seen; no title line, no date marker; text on Qaani (age 67) cites NYT and Turkish/Israeli media; original outlet not identified."),
    "kzone-19bd8": dict(pub="2021-01-08", prec="day", title="US Treasury sanctions Hashd Al-Shaabi leader over human rights abuse",
                        publisher="k-zone.biz (Arab News text)", op="Arab News", ou="https://www.arabnews.com/node/1789351/middle-east",
                        note="q39: page seen; shows the Arab News dateline 'Fri, 2021-01-08 19:10'; opening identical to the Arab News page found in the same results (date marker 2021-01-08)."),
    "sg-e78b1": dict(title="Factbox: Hezbollah and allies gain sway in Lebanon parliament", publisher="Yahoo News Singapore (Reuters)", op="Reuters",
                     note="q43: page seen; 'BEIRUT (Reuters)' text; no date marker (refers to the May 6 election and a first session 'on Wednesday')."),
    "abna24-7dc1e": dict(pub="2025-09-20", prec="day", note="q44: page seen; date marker 2025-09-20; no title line."),
    "memri-9486e": dict(pub="2023-11-19", prec="day", title="In Response To Inclusion Of Sayyid Al-Shuhada Brigades And Officials From Other Iran-Backed Militias In Iraq On U.S. OFAC List Of Specially Designated Nationals, Militia Leaders Say It Is 'A Mark Of Honor;' We Will Continue To Wear Down The Enemy Until Victory",
                        note="q44: page seen; page shows 'November 19, 2023'."),
    "rudaw-437e3": dict(title="IRGC claims deadly ballistic missile strikes on Erbil", note="q53: page seen; no date marker ('early Tuesday')."),
    "theage-5f606": dict(publisher="The Age (Reuters)", pub="2024-01-16", prec="day", ev="https://www.theage.com.au/world/middle-east/iranian-revolutionary-guards-attacks-spy-headquarters-in-iraq-20240116-p5exn0.html?ref=rss&utm_medium=rss&utm_source=rss_world",
                         note="q53: same article seen under an RSS-parameter variant of the source URL; date marker 2024-01-16; byline Parisa Hafezi and Timour Azhari; text says 'two US officials told Reuters' and 'Reuters could not independently verify'."),
    "rudaw-0af59": dict(title="US airstrikes on Iran-backed militias kill at least 4 on Iraq-Syria border",
                        note="q54: page seen; no date marker (quotes a PMF statement dated June 28, 2021)."),
    "thetimes-089e2": dict(pub="2021-06-28", prec="day", note="q54: page seen; date marker 2021-06-28; no title line."),
    "manage-0a445": dict(note="q55: page seen; Rudaw page on Rudaw's own manage. host; no title line, no date marker ('on Saturday'; photo caption September 27, 2024)."),
    "shafaq-8691e": dict(pub="2024-09-28", prec="day", note="q55: page seen; date marker 2024-09-28."),
    "shafaq-da71b": dict(title="Iraq withdraws PMF Law under external pressure, MP says", note="q57: page seen; no date marker ('on Wednesday')."),
    "ibtimes-03602": dict(note="q58: page seen; no title line, no date marker."),
    "thequint-d1f47": dict(publisher="The Quint (PTI)", title="Iran Names Esmail Qaani As New Quds Chief After Soleimani Killing",
                           note="q58: page seen; '(Published in an arrangement with PTI.)'; no date marker."),
    "review-16922": dict(title="Abu Mahdi al-Muhandis", op="Wikipedia (English)", ou="https://en.wikipedia.org/wiki/Abu_Mahdi_al-Muhandis",
                         note="q60: page seen (Wikipedia text with 'August 2022' maintenance tag); the en.wikipedia article was in the same results with the same infobox (born 16 November 1954, successor Ahmad al-Hamidawi); no date."),
    "de-96452": dict(title="Abu Mahdi al-Muhandis", op="Wikipedia (German)",
                     note="q60: page seen; English machine translation of the German Wikipedia article ('from Wikipedia, the free encyclopedia'); de.wikipedia original not in results."),
    "matzavblog-3ac19": dict(title="U.S. Treasury Designates Iran-Backed Militias Responsible for Attacks in Iraq and Syria",
                             publisher="matzavblog.com (rewrite of US Treasury release)", op="US Department of the Treasury",
                             note="q61: page seen (it prints 'Title: ...'); paraphrase of the 17 Nov 2023 Treasury action naming the six KH individuals; no date; Treasury original not in results."),
    "review-a9921": dict(title="Qais Khazali", op="Wikipedia (English)", note="q62: page seen (Wikipedia text); original not in results; no date."),
    "w-cb745": dict(title="Operation Martyr Soleimani", op="Wikipedia (English)", note="q63: page seen (Wikipedia text); original not in results; no date."),
    "acquiaprod-15de0": dict(title="Betrayed by Iran? Iraqi armed factions given 'slap' with Kadhimi drone attack", publisher="Middle East Eye",
                             note="q64: page seen; byline Suadad al-Salhy in Baghdad; MEE's own article served from its acquiaprod. subdomain (so not a third-party mirror); no date marker; www.middleeasteye.net copy not in results."),
    "iranprimer-ddcd6": dict(title="Profiles: Pro-Iran Militias in Iraq", note="q65: page seen (exact URL and ?page=1 variant); no date marker."),
    "almasdarnews-7734f": dict(publisher="Al-Masdar News (Sputnik)", note="q67: page seen; ends 'Source: Sputnik'; no title line, no date marker."),
    "ifmat-82e92": dict(op="not named on page", note="q67: page seen; no title line or date; text cites Al-Mayadeen. data/sources.csv calls it MEMO text, but the excerpt seen does not name MEMO."),
    "thenationalnew-60376": dict(title="Successor to killed Iraq militia chief Al Muhandis named", note="q67: page seen; no date marker (photo caption February 13, 2020; 'last month')."),
    "shafaq-c41e5": dict(pub="2026-02-28", prec="day", note="q71: page seen; date marker 2026-02-28; no title line."),
    "malaymail-db1ef": dict(publisher="Malay Mail (AFP)", pub="2026-02-28", prec="day", note="q71: page seen; date marker 2026-02-28; ends '— AFP'."),
    "shafaq-e1371": dict(pub="2026-02-22", prec="day", note="q72: page seen; date marker 2026-02-22."),
    "shafaq-f2958": dict(pub="2026-03-03", prec="day", note="q72: page seen; date marker 2026-03-03."),
    "shafaq-a13f3": dict(pub="2024-04-20", prec="day", note="q74: page seen; date marker 2024-04-20."),
    "shafaq-111fe": dict(pub="2021-05-28", prec="day", title="New details revealed about the Al-Anbar command Qassem Musleh", note="q75: page seen; date marker 2021-05-28."),
    "tampang-f4e37": dict(op="not named on page", note="q76: page seen; Indonesian text (5 Aug 2024: two rockets, five US troops and two contractors hurt, per US defence officials); no title, date or source outlet shown."),
    "spokesman-ab557": dict(publisher="The Spokesman-Review (Washington Post)", pub="2024-08-05", prec="day", note="q76: page seen; date marker 2024-08-05; 'By Alex Horton Washington Post'."),
    "dawn-9dc29": dict(pub="2026-03-01", prec="day", title="Protesters try to storm Baghdad zone housing US Embassy: security", publisher="Dawn (AFP)",
                       note="q77: page seen; 'Published 01 Mar, 2026 10:21am'; text rests on AFP ('a security source told AFP', 'An AFP staffer saw')."),
    "shafaq-6d9a9": dict(pub="2026-03-01", prec="day", note="q77: page seen; date marker 2026-03-01."),
    "washingtoninst-a36ee": dict(title="The U.S. Designation of Kataib Hezbollah's Abu Fadak",
                                 note="q81: page seen (Policy Alert); no date marker; text says Treasury's OFAC acted 'On January 13' without the year."),
    "i24news-f539b": dict(pub="2024-01-24", prec="day", note="q51: page seen; date marker 2024-01-24; no title line."),
    "thedefensepost-4a13a": dict(title="Iraq's Pro-Iran Hashed Force Says 'US Strike' Kills Senior Commander",
                                 note="q52: page seen; no date marker; text identical to an AFP copy seen on 24newshd.tv, but this page names no wire."),
    "shafaq-8ec56": dict(pub="2026-03-01", prec="day", note="q47: page seen; date marker 2026-03-01; no title line."),
    "ifpnews-cf166": dict(pub="2024-10-05", prec="day", title="Israel says two soldiers killed in Iraqi drone strike", note="q48: page seen; date marker 2024-10-05."),
    "minanews-96b35": dict(title="Israel Announce Death of Two Soldiers following Drone Attack from Iraq", publisher="MINA (Palestine Chronicle report)",
                           op="Palestine Chronicle", note="q48: page seen; says 'Palestine Chronicle reports'; no date marker; original not in results."),
    "aljeebal-70d25": dict(note="q48: page seen; Arabic report quoting the Israeli army spokesman and an IRI statement dated Friday 4-10-2024; no title line, no date marker."),
    "almonitor-93a98": dict(title="Iraq's parliament votes to approve new PM, government", note="q49: page seen; no date marker (photo caption Oct. 27, 2022)."),
    "stripes-bf2ae": dict(pub="2021-02-25", prec="day", note="q41: page seen; date marker 2021-02-25."),
}

# sources from data whose wire/original is stated only in data/sources.csv (not re-seen)
ORIG_FROM_DATA = {
    "daily8-c9582": "Associated Press", "jimbakkershow-1cb70": "Reuters", "freebeacon-59bcf": "Reuters",
    "rasalkhaimahne-e92c4": "KUNA", "hathalyoum-c423c": "Shafaq News", "yesterdaysprop-7a6e4": "Al-Akhbar",
    "politicalemail-4dc17": "Counter Extremism Project", "docslib-35bf4": "Counter Extremism Project",
    "dinargururv-d5495": "US Department of the Treasury (OFAC)", "newsbreak-dbb03": "Israel Hayom",
    "cloudflareipfs-fdb89": "Wikipedia (English)", "wiki-b2aa0": "Wikipedia (English)", "theinfolist-2436e": "Wikipedia (English)",
    "wikisum-a870b": "Wikipedia (English)", "trackpersia-a1e1d": "US Department of State (release quoted)",
    "dailynewsbrief-f303b": "not stated", "jagotimes-3bac1": "not stated", "mesop-f8ddb": "not stated", "rangeinn-50bf0": "not stated",
    "sg-e78b1": "Reuters",
}
NOT_FOUND = {  # searched, but the page did not come back
    "baghdadherald-145bc": "q11", "shafaq-ef2a1": "q12", "greydynamics-753f1": "q17, q68", "newsday-e144f": "q18",
    "aawsat-3273c": "q21", "manage-1ab3a": "q26", "yesterdaysprop-7a6e4": "q29", "rangeinn-50bf0": "q31",
    "hathalyoum-c423c": "q10, q70", "jimbakkershow-1cb70": "q40", "dailynewsbrief-f303b": "q41", "freebeacon-59bcf": "q42",
    "thenewregion-a6f77": "q45", "13abc-528e0": "q46", "ntd-98390": "q50", "outlookindia-ed9ef": "q56",
    "wiki-b2aa0": "q59", "aawsat-b24bd": "q48", "rudaw-e494a": "q49", "shafaq-36322": "q73", "thenationalnew-b3d35": "q76",
    "latimes-cb3c8": "q78", "dailypakistan-69e73": "q79", "jpost-75710": "q80", "hrdmemorial-82705": "q66",
    "levantnetworks-6ed86": "q34", "cloudflareipfs-fdb89": "q7", "tampang-f4e37": "", "lexbuild-94080": "",
}
EXTRA_NOTE = {
    "13abc-528e0": "The same AP story (same slug) was seen on wrdw.com with date marker 2021-02-16, but not this URL; date left empty.",
    "latimes-cb3c8": "AP copies with the same headline seen elsewhere dated 2021-11-07; not this URL.",
    "jimbakkershow-1cb70": "A reuters.com page on the Kadhimi cabinet vote (2020-05-06) was seen, but the mirror page itself was not, so it is not linked.",
    "hathalyoum-c423c": "Other hathalyoum pages seen carry 'Source: Shafaq News', consistent with an aggregator of Shafaq text.",
    "freebeacon-59bcf": "Another freebeacon.com page seen carries 'WASHINGTON (Reuters)' text, so the site does run Reuters copy; this page itself was not seen.",
    "seed-000": "Seed document cited by file name; no URL, not searched.",
    "seed-002": "Seed document cited by file name; no URL, not searched.",
}


def host_of(url):
    h = urlparse(url).netloc.lower()
    for p in ("www.", "en.", "english.", "amp."):
        if h.startswith(p):
            h = h[len(p):]
    return h


def lookup(url):
    h = host_of(url)
    if h in D:
        return D[h]
    full = urlparse(url).netloc.lower().removeprefix("www.")
    if full in D:
        return D[full]
    parts = h.split(".")
    for i in range(1, len(parts) - 1):
        cand = ".".join(parts[i:])
        if cand in D:
            return D[cand]
    return None


def main():
    rows = list(csv.DictReader(open(SRC, encoding="utf-8")))
    out = []
    missing = []
    for r in rows:
        sid, url = r["source_id"], r["url"]
        o = O.get(sid, {})
        if sid.startswith("seed-"):
            base = ("Washington Institute / CTC Sentinel", "research", "C", "") if sid == "seed-000" else ("Reuters", "wire", "B", "")
        else:
            base = lookup(url)
            if base is None:
                missing.append((sid, url))
                base = (r["publisher"], r["kind"], "E", "unclassified domain")
        pub_name, kind, rel, dnote = base
        # keep a wire bracket already recorded in data/sources.csv (not re-verified unless the page was seen)
        dpub = r["publisher"]
        if "(" in dpub and kind in ("news",) and "(" not in pub_name and sid not in O:
            bracket = dpub[dpub.index("("):]
            pub_name = f"{pub_name} {bracket}"
        publisher = o.get("publisher", pub_name)
        kind = o.get("kind", kind)
        rel = o.get("rel", rel)
        if kind == "aggregator" and rel in ("B", "C"):
            rel = "D"
        op = o.get("op", "")
        if not op and kind in ("mirror", "aggregator"):
            op = ORIG_FROM_DATA.get(sid, "")
            if op and op != "not stated":
                op = op + " (per data/sources.csv; not verified)"
        ou = o.get("ou", "")
        osid = source_id(ou) if ou else ""
        if sid in O:
            ev = o.get("ev", url)
        else:
            ev = "domain"
        notes = []
        if sid in O:
            notes.append(o.get("note", ""))
        elif sid in NOT_FOUND:
            notes.append(f"Searched ({NOT_FOUND[sid]}) but the page was not returned; kind/grade from the domain." if NOT_FOUND[sid] else "Graded from the domain.")
        elif not sid.startswith("seed-"):
            notes.append("Not searched; kind/grade from the domain.")
        if sid in EXTRA_NOTE:
            notes.append(EXTRA_NOTE[sid])
        if dnote:
            notes.append(dnote + ".")
        if r["published"] and not o.get("pub") and not sid.startswith("seed-"):
            notes.append(f"data/sources.csv has {r['published']} ({r['published_precision']}); not seen on the page here.")
        if o.get("pub") and r["published"] and o["pub"] != r["published"]:
            notes.append(f"data/sources.csv has {r['published']} ({r['published_precision']}).")
        if r["kind"] != kind and not sid.startswith("seed-"):
            notes.append(f"data kind was '{r['kind']}'.")
        out.append(dict(source_id=sid, published=o.get("pub", ""), published_precision=o.get("prec", ""),
                        title=o.get("title", ""), publisher=publisher, kind=kind, reliability=rel,
                        original_publisher=op, original_url=ou, original_source_id=osid, evidence=ev,
                        note=" ".join(n for n in notes if n).strip()))
    unknown = set(O) - {r["source_id"] for r in rows}
    assert not unknown, unknown
    with open(OUT, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=COLS)
        w.writeheader()
        w.writerows(out)
    print(len(out), "rows;", "unclassified:", missing)


if __name__ == "__main__":
    main()
