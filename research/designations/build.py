import csv, sys, os
sys.path.insert(0, '/work/main/research')
from source_id import source_id
OUT = '/work/main/research/designations'
existing = {r['source_id']: r for r in csv.DictReader(open('/work/main/data/sources.csv'))}

# (url, title, publisher, published, precision, kind, title_reconstructed, reliability, original_publisher)
S = [
 ("https://2009-2017.state.gov/j/ct/rls/other/des/143209.htm","Designation of Kata'ib Hizballah","US Department of State (archive)","2009-06-26","day","official","false","A",""),
 ("https://www.reuters.com/article/worldNews/idUSTRE56165320090702","U.S. declares Iraq-based group foreign terrorist organization","Reuters","2009-07-02","day","news","false","B",""),
 ("https://digital-staging.thehill.com/blogs/blog-briefing-room/news/campaigns/foreign-policy/45265-treasury-targets-group-person-aiding-iraqi-insurgents-/amp","Treasury targets group, person aiding Iraqi insurgents","The Hill","","","news","false","B",""),
 ("https://elmadanews.com/politics/الخزانة-الامريكية-تدرج-النائب-حسين-مؤ","US Treasury lists MP Hussein Mu'nis (Arabic; headline truncated in URL)","elmadanews.com","","","news","true","E",""),
 ("https://iq.usembassy.gov/news-022620/","State Department Terrorist Designation of Ahmad al-Hamidawi","US Embassy in Iraq","2020-02-27","day","official","false","A",""),
 ("https://www.agenzianova.com/a/65ae964b59c8c6.13271856/4786535/2024-01-22/iraq-da-usa-nuove-sanzioni-a-compagnia-aerea-fly-baghdad-e-tre-leader-di-kataib-hezbollah","Iraq: da Usa nuove sanzioni a compagnia aerea Fly Baghdad e tre leader di Kataib Hezbollah","Agenzia Nova","2024-01-22","day","news","true","C",""),
 ("https://masspointpllc.com/us-sanctions-fly-baghdad/","U.S. Sanctions Fly Baghdad","MassPoint PLLC (Hdeel Abdelhady)","","","research","false","C",""),
 ("https://www.brecorder.com/news/40285080/us-sanctions-airline-iraq-militia-leaders-after-attacks-on-troops","US sanctions airline, Iraq militia leaders after attacks on troops","Business Recorder (AFP)","2024-01-22","day","news","false","B",""),
 ("https://www.kurdistan24.net/en/story/33838-U.S.-Sanctions-Kata%E2%80%99ib-Hizbollah,-Fly-Baghdad-for-IRGC-ties,-as-Debate-over-U.S.-Policy-Grows","U.S. Sanctions Kata'ib Hizbollah, Fly Baghdad for IRGC ties, as Debate over U.S. Policy Grows","Kurdistan24","","","news","false","C",""),
 ("https://www.thenationalnews.com/news/us/2025/10/09/us-hits-iraqs-olympic-committee-president-in-new-iran-related-sanctions","US hits Iraq's Olympic Committee president in new Iran-related sanctions","The National","2025-10-09","day","news","true","B",""),
 ("https://www.newarab.com/news/iraq-olympics-chief-hit-us-sanctions-iran-linked-militias","Iraq's Olympics chief hit by new US sanctions targeting Iran-linked militias","The New Arab","","","news","false","B",""),
 ("https://www.shafaq.com/en/Iraq/US-sanctions-Iraq-s-Olympic-Committee-chief-over-alleged-IRGC-ties","US sanctions Iraq's Olympic Committee chief over alleged IRGC ties","Shafaq News","2025-10-10","day","news","true","C",""),
 ("https://thefederalnewswire.com/stories/675695445-u-s-sanctions-network-linked-to-irgc-and-iran-backed-militias-in-iraq","U.S. sanctions network linked to IRGC and Iran-backed militias in Iraq","The Federal Newswire (US State Department text)","","","aggregator","false","D","US Department of State"),
 ("https://www.alestiklal.net/en/article/repeated-sanctions-what-s-behind-washington-s-pressure-on-iran-s-militias-in-iraq","No Stop Sanctions: What's Behind Washington's Pressure on Iran's Militias in Iraq?","Al-Estiklal","","","news","false","E",""),
 ("https://complianceconcourse.willkie.com/articles/news-alerts-2019-12-december-20191209-ofac-designates-iran-backed-militia/","OFAC designates Iran-backed militia leaders","Willkie Farr & Gallagher (Compliance Concourse)","2019-12-09","day","research","false","C",""),
 ("https://www.wirenews.org/post/on-sanctioning-those-involved-in-killing-protestors-and-corruption-in-iraq","On Sanctioning Those Involved in Killing Protestors and Corruption in Iraq","wirenews.org (US State Department text)","","","mirror","false","E","US Department of State"),
 ("https://www.washingtoninstitute.org/policy-analysis/view/punishing-irans-triggermen-in-iraq-opening-moves-in-a-long-campaign","Punishing Iran's Triggermen in Iraq: Opening Moves in a Long Campaign","Washington Institute","2019-12-06","day","research","false","C",""),
 ("https://iranprimer.usip.org/index.php/blog/2019/dec/06/us-sanctions-iran-backed-iraqi-militia-leaders","U.S. Sanctions Iran-backed Iraqi Militia Leaders","The Iran Primer (USIP)","2019-12-06","day","research","false","C",""),
 ("https://sputnikglobe.com/20200103/us-designates-iraqs-asaib-ahl-al-haq-as-terrorist-organization-1077935401.html","US Designates Iraq's Asa'ib Ahl al-Haq as Terrorist Organization","Sputnik","2020-01-03","day","news","false","E",""),
 ("https://www.crisisgroup.org/content/washington-3-january-2020-1","Washington, 3 January 2020","International Crisis Group","2020-01-03","day","research","true","C",""),
 ("http://government-world.com/press-releases-state-department-terrorist-designation-of-harakat-al-nujaba-han-and-akram-abbas-al-kabi","Press Releases: State Department Terrorist Designation of Harakat al-Nujaba (HAN) and Akram 'Abbas al-Kabi","government-world.com (US State Department text)","2019-03-05","day","mirror","false","E","US Department of State"),
 ("https://english.alarabiya.net/News/middle-east/2019/03/06/US-designates-global-terror-tag-on-Iranian-proxy-group-and-its-leader-","US designates Iranian proxy group and its leader as international terrorists","Al Arabiya","2019-03-06","day","news","false","B",""),
 ("https://iranprimer.usip.org/blog/2019/mar/05/us-sanctions-iranian-proxies-iraq","U.S. Sanctions Iranian Proxies in Iraq","The Iran Primer (USIP)","2019-03-05","day","research","false","C",""),
 ("https://thefrontierpost.com/u-s-designates-al-muhammadawi-involved-in-iraqi-theft-resources-2/","U.S designates Al-Muhammadawi, involved in Iraqi theft resources","The Frontier Post","","","news","false","C",""),
 ("https://corruptionbuzz.com/terrorist-designations-of-iran-aligned-militia-groups/amp","Terrorist Designations of Iran-Aligned Militia Groups","corruptionbuzz.com (US State Department fact sheet text)","","","mirror","false","E","US Department of State"),
 ("https://today.lorientlejour.com/article/1477797/washington-adds-4-pro-iranian-militias-to-its-list-of-terrorist-organizations.html","Washington adds 4 pro-Iranian militias to its list of terrorist organizations","L'Orient Today","2025-09-18","day","news","true","B",""),
 ("https://www.israelnationalnews.com/news/415093","US designates four Iran-aligned militia groups as FTOs","Arutz Sheva (Israel National News)","2025-09-17","day","news","true","C",""),
 ("http://codes.lp.findlaw.com/uscode/8/12/II/II/1189","8 U.S.C. § 1189: Designation of foreign terrorist organizations","FindLaw (US Code text)","","","reference","false","D","US Code"),
 ("https://davispolk.com/insights/client-update/us-government-adds-sanctions-against-irgc-unprecedented-fto-designation","US government adds sanctions against IRGC with unprecedented FTO designation","Davis Polk","2019-04","month","research","true","C",""),
 ("https://buckleysandler.com/blog/2018-11-16/ofac-sanctions-individuals-connected-hizballah-irgc-qf-networks-iraq","OFAC sanctions individuals connected to Hizballah, IRGC-QF networks in Iraq","BuckleySandler InfoBytes","2018-11-16","day","research","false","C",""),
 ("https://www.albawaba.me/business/us-imposes-new-sanctions-hezbollah-citing-iraq-relations-1213320","US Imposes New Sanctions on Hezbollah Citing Iraq Relations","Al Bawaba","2018-11-14","day","news","false","C",""),
 ("https://fraser.stlouisfed.org/title/press-releases-united-states-department-treasury-6111/treasury-sanctions-iraqi-militia-leader-connected-serious-human-rights-abuse-598767/fulltext","Treasury Sanctions Iraqi Militia Leader Connected to Serious Human Rights Abuse","FRASER, Federal Reserve Bank of St. Louis (US Treasury press release)","2021-01-08","day","mirror","false","C","US Department of the Treasury"),
 ("https://complianceconcourse.willkie.com/articles/news-alerts-2021-01-january-20210108-iraqi-official-designated-under-global/","Iraqi official designated under Global Magnitsky Human Rights Accountability Act","Willkie Farr & Gallagher (Compliance Concourse)","2021-01-08","day","research","false","C",""),
 ("http://iranprimer.com/index.php/blog/2021/jan/08/us-sanctions-iraqi-militia-leader-tied-iran-0","U.S. Sanctions Iraqi Militia Leader Tied to Iran","The Iran Primer (USIP)","2021-01-08","day","research","true","C",""),
 ("https://english.alaraby.co.uk/news/us-slaps-new-sanctions-iran-backed-shia-militias","US slaps new sanctions on Iran-backed Shia militias","The New Arab","2021-08-10","day","news","false","B",""),
 ("https://ifmat.org/08/11/sanctions-iran-backed-militias-under-weapons-transfer","Sanctions on Iran-backed militias under weapons transfer law","IFMAT","","","news","true","E",""),
 ("https://iranpress.com/content/45082/imposes-new-sanctions-against-islamic-resistance-groups","US imposes new sanctions against Islamic Resistance groups","Iran Press","","","news","false","E",""),
 ("http://core-varnish-new.prod.aop.cambridge.org/core/journals/american-journal-of-international-law/article/state-department-designates-irans-islamic-revolutionary-guards-corps-as-a-foreign-terrorist-organization/818AB6356920E927625FEBA4FD79A6CC","The State Department Designates Iran's Islamic Revolutionary Guards Corps as a Foreign Terrorist Organization","American Journal of International Law (Cambridge University Press)","2019-07-11","day","research","false","C",""),
 ("https://voiceofrestart.com/designation-iran-islamic-revolutionary-guard-corps-foreign-terrorist-organization/","United States: Iran's Islamic Revolutionary Guard Corps as a Foreign Terrorist Organization","voiceofrestart.com (White House statement text)","","","mirror","false","E","The White House"),
 ("https://english.mojahedin.org/i/iran-irgc-designation-becomes-official","Iran: IRGC designation becomes official","PMOI/MEK (mojahedin.org)","2019-04-16","day","news","false","E",""),
 ("https://www.jewishvirtuallibrary.org/u-s-designation-of-iranian-entities-for-proliferation-activities-and-support-for-terrorism-october-2007","U.S. Policy on Terrorism: Designation of Iranian Entities for Proliferation Activities and Support for Terrorism","Jewish Virtual Library (US government fact sheet text)","2007-10-25","day","mirror","false","E","US Department of State"),
 ("https://usafricawaronterrorism.blogspot.com/2021/10/usafrica-bureau-of-counter-terrorism.html","USAFRICA Bureau Counter Terrorism (copy of the State Department FTO list)","usafricawaronterrorism.blogspot.com (US State Department list text)","2021-10","month","mirror","true","E","US Department of State"),
 ("https://ifmat.org/02/27/us-blacklists-companies-officials-linked-martyrs-foundation","US blacklists companies, officials linked to Martyrs Foundation","IFMAT","","","news","true","E",""),
 ("https://english.alarabiya.net/News/gulf/2021/02/12/US-foreign-policy-US-officially-removes-Yemen-s-Houthis-from-terror-list-State-Department","US to remove Yemen's Houthis from terror list next week: State Department","Al Arabiya","2021-02-12","day","news","false","B",""),
 ("https://www.theepochtimes.com/us-blacklisting-of-yemens-houthis-to-be-lifted-on-feb-16-blinken_3694846.html","US Blacklisting of Yemen's Houthis to Be Lifted on Feb. 16: Blinken","The Epoch Times (Reuters)","2021-02-12","day","news","false","C",""),
 ("https://heinonline.org/HOL/LandingPage?div=1&handle=hein.crs%2Fgovespa0001&src=home","The Foreign Terrorist Organization (FTO) List (CRS In Focus)","Congressional Research Service (via HeinOnline)","2025-02-25","day","research","false","B",""),
 ("https://www.aljazeera.com/news/2025/3/4/us-designates-yemens-houthis-as-foreign-terrorist-organisation","US designates Yemen's Houthis as 'foreign terrorist' organisation","Al Jazeera","2025-03-04","day","news","false","B",""),
 ("https://www.scoop.co.nz/stories/WO2503/S00049/designation-of-ansarallah-as-a-foreign-terrorist-organization.htm","Designation Of Ansarallah As A Foreign Terrorist Organization","Scoop (US State Department text)","2025-03-05","day","mirror","false","E","US Department of State"),
 ("http://worldwidenewsbrief.com/?p=1335","US re-designates the Houthis as a Foreign Terrorist Organization","worldwidenewsbrief.com","","","news","true","E",""),
 ("https://www.tradepractitioner.com/2019/03/us-designates-kurdistan-and-iran-entities-as-terrorists/","US Designates Kurdistan and Iran Entities as Terrorists","The Trade Practitioner","2019-03","month","research","false","C",""),
 ("https://www.spacewar.com/afp/240122170516.svwzpfyr.html","US sanctions airline, Iraq militia leaders after attacks on troops","SpaceWar.com (AFP)","2024-01-22","day","mirror","false","E","AFP"),
]

ID = {}
for s in S:
    ID[s[0]] = source_id(s[0])
def sid(frag):
    m = [u for u in ID if frag in u]
    assert len(m) == 1, (frag, m)
    return ID[m[0]]
def ex(i):
    assert i in existing, i
    return i

ST, TR = "US State Department", "US Treasury (OFAC)"
INA = "INA §219 (8 U.S.C. 1189)"
EO13224 = "E.O. 13224"
fl = sid("findlaw"); dp = sid("davispolk")
rows = []
def R(did, ent, auth, typ, lb, date, prec, note, srcs, dl="", dlp=""):
    rows.append(dict(designation_id=did, entity_id=ent, authority=auth, designation_type=typ, legal_basis=lb,
                     date=date, date_precision=prec, delisted=dl, delisted_precision=dlp, note=note, source_ids=";".join(srcs)))

# ---------- corrections to existing rows ----------
st09 = sid("2009-2017.state.gov"); ru09 = sid("reuters.com")
R("d-p1-01","kh",ST,"FTO",INA,"2009-07-02","day",
  "Added legal basis and official sources. The State Department's own designation notice (archive page dated 26 Jun 2009) says the Deputy Secretary designated KH as an FTO under INA section 219 on 24 Jun 2009; Reuters reported the public announcement on Thursday 2 Jul 2009, the date kept here (the day no longer rests only on a Wikipedia mirror).",
  [st09, ru09, "thefederalnews-d7a20", "cloudflareipfs-fdb89"])
R("d-p1-02","kh",ST,"SDGT","E.O. 13224 §1(b)","2009-07-02","day",
  "Added legal basis: the State notice says KH was also designated under section 1(b) of E.O. 13224 (signed 24 Jun 2009, announced 2 Jul 2009 per Reuters).",
  [st09, ru09, "thefederalnews-d7a20"])
R("d-p1-05","ahmad-al-hamidawi",ST,"SDGT",EO13224,"2020-02-26","day",
  "Added legal basis: the State media note of 26 Feb 2020 (reposted by the US Embassy in Iraq on 27 Feb) designates him pursuant to E.O. 13224 and says the amended order let State list group leaders directly.",
  [sid("iq.usembassy"), "hstoday-10f51"])
R("d-p1-06","imad-naji-al-bahadli",TR,"SDGT",EO13224,"2023-11-17","day",
  "Re-pointed from kh to the person: this row was the Treasury action on six KH-affiliated people, not a listing of KH. The State text (djayanews copy) says the actions were taken under E.O. 13224; matzavblog names Imad Naji al-Bahadli as a member of KH's Shura Council. The other five people are separate rows (d-p1-07 and new rows).",
  ["djayanews-02ab0","matzavblog-3ac19","memri-9486e"])
R("d-p1-07","jafar-al-hussaini",TR,"SDGT",EO13224,"2023-11-17","day",
  "Added legal basis E.O. 13224 (State text via djayanews says both the KSS and the Treasury KH actions that day were taken under it). Named Ja'afar al-Husayni, KH media spokesman.",
  ["djayanews-02ab0","matzavblog-3ac19","memri-9486e"])
el = sid("elmadanews"); nova = sid("agenzianova"); k24b = sid("story/33838")
R("d-p1-08","hossein-moanes-al-ibudi",TR,"SDGT",EO13224,"2024-01-22","day",
  "Re-pointed from kh to the person: the 22 Jan 2024 OFAC action designated three KH leaders and supporters, not KH itself. NTD and Agenzia Nova name Hossein Moanes al-Ibudi as head of KH's political party/office; elmadanews (Arabic report of the Treasury text) says the KH-related designations were made under E.O. 13224. The other two leaders are new rows.",
  ["ntd-98390", nova, el, k24b, "kurdistan24-7fc8a"])
R("d-p1-09","fly-baghdad",TR,"SDGT","E.O. 13224 (as amended by E.O. 13886)","2024-01-22","day",
  "Type changed from other to SDGT and legal basis added: MassPoint's note on the action says Fly Baghdad, its CEO and two aircraft were made SDGTs under E.O. 13224 as amended by E.O. 13886. Date: AFP/Business Recorder of 22 Jan 2024 (\"Monday\"). CEO is a new row.",
  [sid("masspointpllc"), sid("brecorder"), "ntd-98390", "kurdistan24-7fc8a"])
nat = sid("thenationalnews"); fnw = sid("675695445"); esti = sid("alestiklal")
R("d-p1-10","muhandis-general-company",TR,"SDGT",EO13224,"2025-10-09","day",
  "Date narrowed from 2025-10 to 9 Oct 2025 (The National, dated 9 Oct, reports the Thursday action; Al-Estiklal cites Treasury's 9 Oct statement). Type set to SDGT: the State Department statement (Federal Newswire copy) says the eight-target network was sanctioned under E.O. 13224. The New Region quotes Treasury that the company is controlled by Abu Fadak on KH's behalf.",
  [nat, esti, fnw, "thenewregion-b904f", sid("newarab.com/news/iraq-olympics")])
R("d-p1-11","qais-al-khazali",TR,"sanctions","E.O. 13818 (Global Magnitsky)","2019-12-06","day",
  "Legal basis moved out of the note into legal_basis: Willkie and the State Department statement (wirenews copy) say OFAC designated him under E.O. 13818 for serious human rights abuse; the Washington Institute confirms the 6 Dec 2019 date and that E.O. 13818 implements the Global Magnitsky Act.",
  [sid("willkie.com/articles/news-alerts-2019-12"), sid("wirenews"), sid("punishing-irans"), sid("index.php/blog/2019/dec/06"), "news-2c63f"])
R("d-p1-12","laith-al-khazali",TR,"sanctions","E.O. 13818 (Global Magnitsky)","2019-12-06","day",
  "Legal basis moved into legal_basis (E.O. 13818, with his brother Qais), per Willkie and the State statement.",
  [sid("willkie.com/articles/news-alerts-2019-12"), sid("wirenews"), sid("punishing-irans"), "news-2c63f"])
R("d-p1-13","aah",ST,"FTO",INA,"2020-01-10","day",
  "Added legal basis: the Federal Register notice (lexbuild copy, 85 FR 1369) designates AAH under section 219 of the INA; signed 2 Jan 2020, published 10 Jan 2020 (date kept).",
  ["lexbuild-94080","almasdarnews-d0683", sid("sputnikglobe")])
R("d-p1-14","aah",ST,"SDGT","E.O. 13224 §1(a)(ii)(A) (as amended by E.O. 13886)","2020-01-03","day",
  "Added legal basis: the 3 Jan 2020 State statement quoted by Al-Masdar and Sputnik designates AAH under section 1(a)(ii)(A) of E.O. 13224 as amended by E.O. 13886; Crisis Group logs the same day.",
  ["almasdarnews-d0683", sid("sputnikglobe"), sid("crisisgroup")])
R("d-p1-15","qais-al-khazali",ST,"SDGT","E.O. 13224 §1(a)(ii)(A) (as amended by E.O. 13886)","2020-01-03","day",
  "Added legal basis (same State statement as AAH's SDGT listing).",
  ["almasdarnews-d0683", sid("sputnikglobe")])
R("d-p1-16","laith-al-khazali",ST,"SDGT","E.O. 13224 §1(a)(ii)(A) (as amended by E.O. 13886)","2020-01-03","day",
  "Added legal basis (same State statement as AAH's SDGT listing).",
  ["almasdarnews-d0683", sid("sputnikglobe")])
R("d-p1-17","aah","United States","other","","2007-08","month",
  "Authority respelled from 'US government' to 'United States' (the label came from US forces, not State or Treasury). Still a label, not a legal listing; no legal basis applies.",
  ["docslib-35bf4"])
R("d-p1-18","aqeel-muftin",TR,"SDGT",EO13224,"2025-10-09","day",
  "Re-pointed from aah to a person named in the action: the row was the Oct 2025 Treasury package on Iraqi bank executives, not a listing of AAH. The National, The New Arab and Shafaq say Treasury sanctioned Aqeel Muftin (Iraq National Olympic Committee president) for running an IRGC-QF-linked bank; the State statement says the package was under E.O. 13224 and targeted a network supporting KH and AAH. The New Region speaks of three bank executives; only the two Muftin brothers are named in the pages read.",
  [nat, sid("newarab.com/news/iraq-olympics"), sid("shafaq.com/en/Iraq/US-sanctions"), fnw, "thenewregion-b904f","aawsat-e3a6a"])
gw = sid("government-world"); aa19 = sid("alarabiya.net/News/middle-east/2019"); ip19 = sid("blog/2019/mar/05"); tp = sid("tradepractitioner")
R("d-p1-19","nujaba",ST,"SDGT",EO13224,"2019-03-05","day",
  "Added legal basis and the State media note itself (government-world copy, dated 5 Mar 2019): designated under E.O. 13224. The State note and the Iran Primer both date it 5 Mar 2019, which settles the one outlet's 'March 2018'.",
  [gw, aa19, ip19, tp, "thereferencepa-97572","lareferencepar-df25e"])
R("d-p1-20","akram-al-kaabi",ST,"SDGT",EO13224,"2019-03-05","day",
  "Added legal basis (E.O. 13224, State media note of 5 Mar 2019 naming him as Akram 'Abbas al-Kabi); the 2019 date is confirmed by the State note. His earlier 2008 Treasury listing is a new row.",
  [gw, aa19, ip19, "kampuspedia-da2f8"])
cb = sid("corruptionbuzz"); olj = sid("lorientlejour"); inn = sid("israelnationalnews")
for did, ent in (("d-p1-21","nujaba"),("d-p1-24","kss"),("d-p1-28","kia"),("d-p2-03","haaa")):
    R(did, ent, ST, "FTO", INA, "2025-09-17","day",
      "Added legal basis and more sources: the 17 Sep 2025 State statement and fact sheet (MENAFN, corruptionbuzz copies; L'Orient Today, Arutz Sheva) announce the FTO designation. They do not cite the section; FTO status exists only under INA section 219 (8 U.S.C. 1189, FindLaw text). Under that statute an FTO designation takes effect on Federal Register publication, a date not in the pages read.",
      ["menafn-f2b8c", cb, olj, inn, fl])
R("d-p1-22","kss",ST,"SDGT",EO13224,"2023-11-17","day",
  "Added legal basis: the State text (djayanews copy) designates KSS under E.O. 13224 as amended.",
  ["djayanews-02ab0","memri-9486e","matzavblog-3ac19"])
R("d-p1-23","abu-alaa-al-walai",ST,"SDGT",EO13224,"2023-11-17","day",
  "Added legal basis (E.O. 13224, same State text; listed as Hashim Finyan Rahim al-Saraji).",
  ["djayanews-02ab0","memri-9486e","abna24-7dc1e"])
R("d-p1-25","kss",ST,"sanctions","INKSNA (Iran, North Korea and Syria Nonproliferation Act)","","",
  "Authority respelled from 'US government' to 'US State Department' (Levant Networks says the State Department announced it) and type changed to sanctions (a nonproliferation measure, not a terrorism listing). Announced 14 February; the year is still not shown on the page.",
  ["levantnetworks-6ed86"])
R("d-p1-27","kia",ST,"SDGT",EO13224,"2025-06-12","day",
  "Authority changed from Treasury to State: the State Department's 17 Sep 2025 statement says 'the Department previously designated all four of these groups' as SDGTs, while Long War Journal says Treasury added KIA to the SDGT list on 12 Jun 2025 (date kept from LWJ). Legal basis: SDGT listings are made under E.O. 13224 (Davis Polk); the KIA pages do not cite it.",
  ["menafn-f2b8c","longwarjournal-3906f", dp])
R("d-p1-29","shibl-al-zaidi",TR,"SDGT",EO13224,"2018-11-13","day",
  "Date narrowed from 2018 to 13 Nov 2018 and legal basis added: BuckleySandler says OFAC announced the four Hizballah-linked designations on 13 Nov under E.O. 13224; Al Bawaba (14 Nov) names Shibl Muhsin 'Ubayd al-Zaydi among them.",
  [sid("buckleysandler"), sid("albawaba"), "longwarjournal-3906f"])
R("d-p1-31","abu-fadak-al-mohammedawi",ST,"SDGT",EO13224,"2021-01-13","day",
  "Added legal basis: The Frontier Post quotes the State Department release designating Abd al-Aziz Malluh Mirjirash al-Muhammadawi (Abu Fadak) as an SDGT pursuant to E.O. 13224, announced on a Wednesday (13 Jan 2021 was a Wednesday). Authority stays State; the Washington Institute's Treasury attribution remains a minority account.",
  [sid("thefrontierpost"), "trackpersia-a1e1d","washingtoninst-a36ee"])
R("d-p2-01","haaa",ST,"SDGT","E.O. 13224 (as amended)","2024-06-17","day",
  "Added legal basis: the State text (Federal Newswire copy) says HAAA was designated on 17 Jun 2024 under E.O. 13224 as amended.",
  ["thefederalnews-d7a20"])
R("d-p2-02","haydar-al-gharawi",ST,"SDGT","E.O. 13224 (as amended)","2024-06-17","day",
  "Added legal basis (E.O. 13224, same State text).",
  ["thefederalnews-d7a20"])
aj = sid("cambridge.org"); mek = sid("mojahedin"); vor = sid("voiceofrestart")
R("d-p2-04","irgc",ST,"FTO",INA,"2019-04-15","day",
  "Date narrowed from 2019 to 15 Apr 2019: the AJIL note says Trump announced on 8 Apr 2019 the designation under INA section 219 and that it took effect on 15 Apr; the PMOI page reports Federal Register publication effective that Monday.",
  [aj, sid("davispolk"), mek, "newscersia-8faac"])
R("d-p2-05","irgc-qf",ST,"FTO",INA,"2019-04-15","day",
  "Date narrowed to 15 Apr 2019 as for the IRGC: the White House statement (voiceofrestart copy) says the designation covers the IRGC 'including its Qods Force'.",
  [vor, aj, "newscersia-8faac"])
hzb = sid("ifmat.org/02/27"); usaf = sid("usafricawaronterrorism")
R("d-p2-06","lebanese-hezbollah",ST,"FTO",INA,"1997-10-08","day",
  "Date narrowed from 1997 to 8 Oct 1997 from a blog copy of the State FTO list (weak source); IFMAT's copy of a Treasury text says 'October 1997'. Legal basis: the State FTO list is of groups designated under INA section 219.",
  [usaf, hzb, "newscersia-8faac"])
R("d-p2-07","esmail-qaani",TR,"other","","2012","year",
  "Authority respelled from 'US Treasury' to 'US Treasury (OFAC)'. A search for the 2012 programme found nothing; legal basis still unknown.",
  ["ibtimes-03602"])
fr = sid("fraser.stlouisfed"); wk21 = sid("news-alerts-2021-01"); ip21 = sid("iranprimer.com")
R("d-p2-08","falih-al-fayyadh",TR,"sanctions","E.O. 13818 (Global Magnitsky)","2021-01-08","day",
  "Authority respelled to 'US Treasury (OFAC)' and legal basis added: the Treasury press release of 8 Jan 2021 (FRASER copy) says the action was taken under E.O. 13818; Willkie and the Iran Primer agree.",
  [fr, wk21, ip21, "kzone-19bd8"])
R("d-p2-09","hussein-falih-al-lami",TR,"sanctions","E.O. 13818 (Global Magnitsky)","2019-12-06","day",
  "Authority respelled to 'US Treasury (OFAC)' and legal basis added: Willkie and the State statement say OFAC designated Husayn Falih 'Aziz al-Lami under E.O. 13818.",
  [sid("willkie.com/articles/news-alerts-2019-12"), sid("wirenews"), "news-2c63f"])

# ---------- new rows ----------
th = sid("thehill")
R("","kh",TR,"sanctions","E.O. 13438","2009-07-02","day",
  "Separate Treasury action the same day as the State FTO listing: The Hill says Treasury designated KH under E.O. 13438 (Iraq stabilisation order); Reuters reports it 'separately' on Thursday 2 Jul 2009.",
  [th, ru09])
R("","abu-mahdi-al-muhandis",TR,"sanctions","E.O. 13438","2009-07-02","day",
  "Treasury designated him with KH under E.O. 13438 (The Hill); Reuters dates it to Thursday 2 Jul 2009 and says Treasury called him an adviser to the Qods Force commander. He was killed in January 2020; no delisting found.",
  [th, ru09])
R("","akram-al-kaabi",TR,"sanctions","E.O. 13438","2008","year",
  "The 5 Mar 2019 State media note says Treasury designated al-Kabi in 2008 under E.O. 13438 for attacks on Coalition forces; the day is not given.",
  [gw, aa19])
for ent, name in (("habib-hasan-mughamis-darraji","Habib Hasan Mughamis Darraji, KH foreign affairs chief"),
                  ("khalid-kadhim-jasim-al-skeni","Khalid Kadhim Jasim al-Skeni, senior KH military commander"),
                  ("basim-mohammad-hasab-al-majidi","Basim Mohammad Hasab al-Majidi, KH commercial development chief"),
                  ("mojtaba-jahandust","Mojtaba Jahandust, IRGC-QF official facilitating KH travel and training")):
    R("", ent, TR, "SDGT", EO13224, "2023-11-17","day",
      f"One of the six people in the 17 Nov 2023 Treasury action on KH affiliates ({name}, per matzavblog's rewrite of the Treasury release); E.O. 13224 per the State text (djayanews).",
      ["matzavblog-3ac19","djayanews-02ab0"])
R("","awqad-muhsin-faraj-al-hamidawi",TR,"SDGT",EO13224,"2024-01-22","day",
  "One of the three KH leaders/supporters in the 22 Jan 2024 OFAC action; Agenzia Nova names him as the brother of KH's secretary general. E.O. 13224 per elmadanews' account of the Treasury text.",
  [nova, el])
R("","riyad-ali-hussein-al-azzawi",TR,"SDGT",EO13224,"2024-01-22","day",
  "One of the three KH leaders/supporters in the 22 Jan 2024 OFAC action; NTD says Treasury describes him as a KH drone (UAV) figure, Agenzia Nova calls him an engineer. E.O. 13224 per elmadanews.",
  ["ntd-98390", nova, el])
R("","basheer-al-shabbani",TR,"SDGT","E.O. 13224 (as amended by E.O. 13886)","2024-01-22","day",
  "Fly Baghdad's CEO (Basheer Abdulkadhim Alwan al-Shabbani), designated with the airline for owning or controlling it (MassPoint); named by AFP and NTD.",
  [sid("masspointpllc"), sid("brecorder"), "ntd-98390"])
R("","ali-muftin",TR,"SDGT",EO13224,"2025-10-09","day",
  "Brother of Aqeel Muftin, sanctioned in the same 9 Oct 2025 action (The National, The New Arab: Ali Muftin Khafeef al-Baidani); E.O. 13224 per the State statement on the package.",
  [nat, sid("newarab.com/news/iraq-olympics"), fnw])
ar21 = sid("alaraby.co.uk"); if21 = sid("ifmat.org/08/11"); ipr = sid("iranpress")
for ent in ("kh","aah","lebanese-hezbollah"):
    R("", ent, ST, "sanctions", "INKSNA (Iran, North Korea and Syria Nonproliferation Act)", "2021-07-29","day",
      "State Department INKSNA measures on KH, AAH and Lebanese Hezbollah (with Syrian and Russian firms): IFMAT says State reported them as imposed on 29 July; The New Arab (10 Aug 2021) dates the public notice to Monday 9 Aug 2021. Iran Press says the measures last two years unless the Secretary decides otherwise; no later delisting found.",
      [ar21, if21, ipr])
jvl = sid("jewishvirtuallibrary")
R("","irgc-qf",TR,"SDGT",EO13224,"2007-10-25","day",
  "The 25 Oct 2007 US fact sheet (Jewish Virtual Library copy) says Treasury designated the IRGC-Qods Force under E.O. 13224 for material support to the Taliban and other groups.",
  [jvl])
R("","irgc",ST,"sanctions","E.O. 13382","2007-10-25","day",
  "Same 25 Oct 2007 fact sheet: State designated the IRGC under E.O. 13382 (proliferation), before its 2019 FTO listing.",
  [jvl])
R("","lebanese-hezbollah",ST,"SDGT",EO13224,"2001-10","month",
  "IFMAT's copy of a Treasury text says Hizballah was designated an SDGT under E.O. 13224 in October 2001 (after its October 1997 FTO listing).",
  [hzb])
arh = sid("alarabiya.net/News/gulf"); crs = sid("heinonline"); ajz = sid("aljazeera"); ep = sid("theepochtimes")
R("","houthis",ST,"FTO",INA,"2021-01","month",
  "First Trump administration listing in January 2021 (CRS: 'designated the Houthis as an FTO in January 2021'; Al Jazeera: in the final days of his first term). Revoked: Blinken said the FTO and SDGT designations of Ansarallah would be revoked effective 16 Feb 2021 (Al Arabiya, Reuters via Epoch Times).",
  [crs, ajz, arh, ep], "2021-02-16","day")
R("","houthis",ST,"SDGT",EO13224,"2021-01","month",
  "Listed with the January 2021 FTO designation (Al Jazeera); revocation effective 16 Feb 2021 per Blinken's statement (Al Arabiya), which kept three Houthi leaders under sanctions.",
  [ajz, arh, ep], "2021-02-16","day")
R("","houthis",ST,"SDGT",EO13224,"2024-01","month",
  "Re-listing as an SDGT by the Biden administration in January 2024, per one weak page (worldwidenewsbrief); the effective day is not given. Authority assumed State because the earlier SDGT listing was State's; treat as low confidence.",
  [sid("worldwidenewsbrief")])
R("","houthis",ST,"FTO",INA,"2025-03-04","day",
  "Rubio's statement of 4 Mar 2025 (Scoop copy) announces the FTO designation under INA section 219, effective on Federal Register publication (date not in the pages read); Al Jazeera reports it the same day.",
  [sid("scoop.co.nz"), ajz, crs])

# ---------- entities ----------
ent = []
def E(i,n,t,al,d,src): ent.append(dict(entity_id=i,name=n,type=t,name_ar="",aliases=al,founded="",founded_precision="",ended="",ended_precision="",description=d,source_ids=";".join(src)))
E("imad-naji-al-bahadli","Imad Naji al-Bahadli","person","","Member of Kata'ib Hezbollah's governing Shura Council, sanctioned by the US Treasury in Nov 2023.",["matzavblog-3ac19"])
E("habib-hasan-mughamis-darraji","Habib Hasan Mughamis Darraji","person","","Kata'ib Hezbollah foreign affairs chief (per the US Treasury), sanctioned in Nov 2023.",["matzavblog-3ac19"])
E("khalid-kadhim-jasim-al-skeni","Khalid Kadhim Jasim al-Skeni","person","","Senior Kata'ib Hezbollah military commander (per the US Treasury), sanctioned in Nov 2023.",["matzavblog-3ac19"])
E("basim-mohammad-hasab-al-majidi","Basim Mohammad Hasab al-Majidi","person","","Kata'ib Hezbollah commercial development chief (per the US Treasury), sanctioned in Nov 2023.",["matzavblog-3ac19"])
E("mojtaba-jahandust","Mojtaba Jahandust","person","","IRGC-Qods Force official who, per the US Treasury, arranged travel and training for Kata'ib Hezbollah fighters; sanctioned in Nov 2023.",["matzavblog-3ac19"])
E("hossein-moanes-al-ibudi","Hossein Moanes al-Ibudi","person","Hussein Mu'nis;Hossein Moanes","Senior Kata'ib Hezbollah figure who, per NTD, leads the group's Iraqi political party (elmadanews' Arabic account of the Treasury text calls it Huquq); sanctioned by OFAC in Jan 2024.",["ntd-98390",sid("agenzianova"),sid("elmadanews")])
E("awqad-muhsin-faraj-al-hamidawi","Awqad Muhsin Faraj al-Hamidawi","person","","Brother of Kata'ib Hezbollah's secretary general (per Agenzia Nova), sanctioned by OFAC in Jan 2024.",[sid("agenzianova")])
E("riyad-ali-hussein-al-azzawi","Riyad Ali Hussein al-Azzawi","person","","Engineer whom the US Treasury ties to Kata'ib Hezbollah's drone work; sanctioned in Jan 2024.",["ntd-98390",sid("agenzianova")])
E("basheer-al-shabbani","Basheer Abdulkadhim Alwan al-Shabbani","person","","CEO of the Iraqi airline Fly Baghdad, sanctioned with it by OFAC in Jan 2024.",["ntd-98390",sid("brecorder")])
E("aqeel-muftin","Aqeel Muftin Khafeef al-Baidani","person","Aqeel Muftin","President of Iraq's National Olympic Committee, sanctioned by the US Treasury in Oct 2025 over an IRGC-QF-linked bank.",[sid("thenationalnews"),sid("newarab.com/news/iraq-olympics")])
E("ali-muftin","Ali Muftin Khafeef al-Baidani","person","Ali Muftin","Brother of Aqeel Muftin, sanctioned with him by the US Treasury in Oct 2025.",[sid("thenationalnews"),sid("newarab.com/news/iraq-olympics")])
have = {r['entity_id'] for r in csv.DictReader(open('/work/main/data/entities.csv'))}
assert not any(e['entity_id'] in have for e in ent)
for r in rows: assert r['entity_id'] in have or r['entity_id'] in {e['entity_id'] for e in ent}, r['entity_id']
ecol = list(next(csv.reader(open('/work/main/data/entities.csv'))))
with open(f"{OUT}/entities_new.csv","w",newline="") as f:
    w = csv.DictWriter(f, ecol); w.writeheader(); w.writerows(ent)
rows_src_extra = set(x for e in ent for x in e['source_ids'].split(";"))

# ---------- write ----------
cols = "designation_id,entity_id,authority,designation_type,legal_basis,date,date_precision,delisted,delisted_precision,note,source_ids".split(",")
with open(f"{OUT}/designation_updates.csv","w",newline="") as f:
    w = csv.DictWriter(f, cols); w.writeheader(); w.writerows(rows)

scol = "source_id,title,publisher,authors,published,published_precision,url,seed_file,kind,title_reconstructed,reliability,original_publisher,original_url".split(",")
used = set(x for r in rows for x in r['source_ids'].split(";")) | rows_src_extra
out = []
for (u,t,p,d,pr,k,tr,rel,op) in S:
    i = ID[u]
    if i in existing or i not in used: continue
    out.append(dict(source_id=i,title=t,publisher=p,authors="",published=d,published_precision=pr,url=u,seed_file="",kind=k,
                    title_reconstructed=tr,reliability=rel,original_publisher=op,original_url=""))
with open(f"{OUT}/sources.csv","w",newline="") as f:
    w = csv.DictWriter(f, scol); w.writeheader(); w.writerows(out)
missing = [x for x in used if x not in existing and x not in {o['source_id'] for o in out}]
print("rows", len(rows), "new sources", len(out), "missing", missing)
unused = [ID[s[0]] for s in S if ID[s[0]] not in used]
print("unused", unused)
