"""Build judgments.csv and new_records.csv for the two seeds; checks quotes and ids."""
import csv, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = {'seed-000': '/work/shared/seeds/000_a72cac44a84e1f95.txt',
         'seed-002': '/work/shared/seeds/002_3af9a64e905f01ac.txt'}
TEXT = {k: open(v, encoding='utf-8').read() for k, v in SEEDS.items()}
ENT = {r['entity_id'] for r in csv.DictReader(open('/work/main/data/entities.csv', encoding='utf-8'))}
TOPICS = set('command_and_control loyalty_to_tehran business_interests political_integration capabilities '
             'funding deniability claims_vs_evidence outreach_west cohesion other'.split())

A3 = 'michael-knights;crispin-smith;hamdi-malik'
A3_NAME = 'Michael Knights, Crispin Smith and Hamdi Malik (the article\'s authors)'
A3_ROLE = 'Washington Institute analysts and co-founders of its Militia Spotlight platform, writing in CTC Sentinel'
R = 'Reuters (the report\'s own voice)'
R_ROLE = 'news agency; author of the report'
AJ = 'A.J., a commander in a pro-Iranian paramilitary group (Reuters interviewee)'
AJ_ROLE = 'commander in an Iran-backed paramilitary group in Iraq, from the Shi\'ite south; anonymous, named by the initials of a nickname'
GS = 'Gareth Stansfield'
GS_ROLE = 'professor of Middle East politics at Exeter University, senior fellow at the Atlantic Council; has advised the British and regional governments'
D2 = '2026-03-06'

# (id, date, prec, speaker_id, speaker, role, about, topic, summary, quote, confidence, note, source)
J = [
# ---------------- seed-000 ----------------
('j-000-01', '2021-10-21', 'day', A3, A3_NAME, A3_ROLE, 'iran-backed-militias', 'cohesion',
 'The hard-line factions are caught between pressure to act against US forces, the need to help calm US-Iran tensions, and building up their non-military wings.',
 'struggling to satisfy demands for action against American forces', 'medium',
 'Standfirst of the Washington Institute page; it may be editorial wording rather than the authors\'. The seed names no hard-line group. The part on "non-kinetic wings" also bears on political_integration.', 'seed-000'),
('j-000-02', '2021-10-21', 'day', A3, A3_NAME, A3_ROLE, 'iran-backed-militias;qasem-soleimani;abu-mahdi-al-muhandis', 'command_and_control',
 'The Iran-backed militias are still trying to recover from losing their two father figures, Soleimani and al-Muhandis.',
 'scrambling to recover', 'high', 'The seed calls the two men the militias\' "patriarchs".', 'seed-000'),
('j-000-03', '2021-10-21', 'day', A3, A3_NAME, A3_ROLE, 'aah;iran', 'command_and_control',
 'Efforts to keep a top-down chain of command run from Iran are resisted by independent-minded newcomers such as Asa\'ib Ahl al-Haq.',
 'independent-minded upstarts like Asa\'ib Ahl al-Haq', 'high',
 'The seed says "Iran-directed" and does not name the Quds Force as the party trying to keep this system (r-p1-061 reads it as the Quds Force).', 'seed-000'),
('j-000-04', '2021-10-21', 'day', A3, A3_NAME, A3_ROLE, 'kh;iran', 'cohesion',
 'Kata\'ib Hezbollah\'s internal power centres are splintering, which also works against a top-down Iranian command.',
 'the fragmenting powerbases within Kata\'ib Hezbollah', 'high', '', 'seed-000'),
('j-000-05', '2021-10-21', 'day', A3, A3_NAME, A3_ROLE, 'irgc-qf;iran-backed-militias', 'command_and_control',
 'The Quds Force still runs Iran\'s covert operations in Iraq but finds it increasingly hard to control local militant cells.',
 'face growing difficulties in controlling local militant cells', 'high',
 'Given as the key finding of Militia Spotlight\'s first eight months (from Feb 2021), based on monitoring militia messaging apps and interviews with officials. The excerpt breaks off with an ellipsis; the full CTC article is not in the seed.', 'seed-000'),
# ---------------- seed-002 ----------------
('j-002-01', D2, 'day', '', R, R_ROLE, 'iran;iran-backed-militias', 'funding',
 'Iran spent decades and billions of dollars readying foreign proxy fighters such as A.J. for a moment like the 2026 war.',
 'spent decades and billions of dollars preparing foreign proxy fighters', 'high',
 'Framing sentence of the report (para 1); no breakdown of the spending is given.', 'seed-002'),
('j-002-02', D2, 'day', '', R, R_ROLE, 'iran-backed-militias;iran', 'loyalty_to_tehran',
 'A week into the war, no orders had come from Tehran, many of the Iraqi fighters and groups Iran cultivated had not joined the fight, and there was no mass mobilisation of its proxies in Iraq.',
 'no mass mobilisation of Iran\'s proxies inside Iraq', 'high',
 'Paras 1-3. The same finding is held as a fact in e-2026-iraqi-proxies-hold-back.', 'seed-002'),
('j-002-03', D2, 'day', '', R, R_ROLE, 'iran;iran-backed-militias;houthis', 'other',
 'Iraq is one of the last strongholds of Iran\'s once-strong network of alliances; after Assad fell the axis was largely reduced to Iran, the Houthis and the Iraqi groups.',
 'one of the last redoubts', 'high',
 'Stated in paras 3 and 59; the second part is held in f-houthis-01 and r-p2-025.', 'seed-002'),
('j-002-04', D2, 'day', '', 'Kurdish officials (unnamed)', 'officials (Kurdish; the seed gives no body)', 'iran;iran-backed-militias', 'other',
 'Most of the missile and drone attacks have been launched directly by Iran rather than by Iraqi groups.',
 'most missile and drone attacks have come directly from Iran', 'high',
 'Topic: who carries out the attacks. The sentence follows one on explosions in Erbil, but the seed does not say which attacks or targets it covers; e-2026-iraqi-proxies-hold-back narrows it to attacks that struck Erbil.', 'seed-002'),
('j-002-05', D2, 'day', '', R, R_ROLE, 'iri', 'claims_vs_evidence',
 'The more than two dozen attacks claimed online under the Islamic Resistance in Iraq name had done no significant damage, and for some there was no evidence that they took place.',
 'have caused no significant damage', 'high',
 'Counted in tally t-seed-002-20260306-claimed-attacks and f-iri-08; see disagreement iri-claims-march-2026.', 'seed-002'),
('j-002-06', D2, 'day', '', R, R_ROLE, 'iri', 'other',
 'The Islamic Resistance in Iraq is a label that various militants use, not a single organisation.',
 'a label used by various militants', 'high', 'Topic: nature of the brand.', 'seed-002'),
('j-002-07', D2, 'day', '', AJ, AJ_ROLE, 'iran;iran-backed-militias', 'command_and_control',
 'Even if Tehran sends direct orders, only two or three of the dozens of Iraqi Shia paramilitaries Iran has nurtured would receive them.',
 'only be issued to two or three', 'high',
 'Reuters\' paraphrase of A.J.; the count of "dozens" of Iran-nurtured paramilitaries is the seed\'s.', 'seed-002'),
('j-002-08', D2, 'day', '', AJ, AJ_ROLE, 'iran-backed-militias;iran', 'loyalty_to_tehran',
 'Most of Iran\'s Iraqi groups can no longer be relied on; some would act.',
 'I just don\'t think most of them are reliable anymore', 'high', 'Direct quote to Reuters.', 'seed-002'),
('j-002-09', D2, 'day', '', AJ, AJ_ROLE, 'iran-backed-militias', 'deniability',
 'Some groups would fight through front groups, so that attacks could be launched while keeping deniability.',
 'front groups that could launch attacks with deniability', 'high', 'Direct quote to Reuters; no front group is named.', 'seed-002'),
('j-002-10', D2, 'day', '', AJ, AJ_ROLE, 'iran-backed-militias', 'business_interests',
 'Many of the groups are now mainly pursuing their own interests.',
 'many are just looking out for their own interests these days', 'high',
 'Self-interest in general; this sentence does not say business, but para 12 names commanders\' move into political and economic life.', 'seed-002'),
('j-002-11', D2, 'day', '', R, R_ROLE, 'iran;irgc;irgc-qf;iran-backed-militias', 'other',
 'A.J.\'s career mirrors the rise and fall of Iran\'s strategy of spreading proxy militias across the region, led by the Revolutionary Guards and the Quds Force, to fight the US and Israel.',
 'tracks the rise and fall of Iran\'s strategy', 'high', 'Framing (para 9).', 'seed-002'),
('j-002-12', D2, 'day', '', R, R_ROLE, 'iran-backed-militias;iran;israel;united-states', 'capabilities',
 'Israel and the US wore down most of Iran\'s proxies, leaving Iran largely alone at its most dangerous moment.',
 'wore down and diminished most of these proxies', 'high', 'Framing (para 10).', 'seed-002'),
('j-002-13', D2, 'day', '', AJ, AJ_ROLE, 'iran-backed-militias', 'capabilities',
 'The Iraqi proxies are militarily weaker because of the Israeli-US war of attrition on Iran\'s other regional allies, the loss of Syria as a supply route, and key commanders moving into Iraqi politics and business.',
 'the loss of Syria as a supply line', 'high',
 'Reuters\' paraphrase of A.J. (para 12); Reuters says more than two dozen interviewees share the assessment (para 13).', 'seed-002'),
('j-002-14', D2, 'day', '', 'more than two dozen people interviewed by Reuters',
 'militia members, Iraqi and Western officials, Shi\'ite clerics and close watchers of the "Axis of Resistance"',
 'iran-backed-militias', 'capabilities',
 'Years of targeted killings of leaders who are hard to replace have hollowed out the proxy network.',
 'hollowed out by years of targeted assassinations', 'medium',
 'Reuters\' summary of the interviewees\' picture (para 14); no individual speaker.', 'seed-002'),
('j-002-15', D2, 'day', '', 'more than two dozen people interviewed by Reuters',
 'militia members, Iraqi and Western officials, Shi\'ite clerics and close watchers of the "Axis of Resistance"',
 'iran-backed-militias', 'capabilities',
 'The network has lost the secure bases it used for training and for moving weapons.',
 'the loss of secure bases for training and weapons transit', 'medium', 'Same summary as j-002-14 (para 14).', 'seed-002'),
('j-002-16', D2, 'day', '', 'more than two dozen people interviewed by Reuters',
 'militia members, Iraqi and Western officials, Shi\'ite clerics and close watchers of the "Axis of Resistance"',
 'iran-backed-militias', 'business_interests',
 'Iraqi commanders have turned into wealthy politicians and businessmen who have more to lose than to gain by confronting the West.',
 'more to lose than gain from confronting the West', 'medium',
 'Same summary as j-002-14 (para 14); also bears on political_integration.', 'seed-002'),
('j-002-17', D2, 'day', '', GS, GS_ROLE, 'iran-backed-militias', 'business_interests',
 'Iraqi militia leaders want to avoid personal sanctions and keep access to Western healthcare and to schooling abroad for their children.',
 'don\'t want sanctions on them as individuals', 'high', 'Direct quote (para 15).', 'seed-002'),
('j-002-18', D2, 'day', '', GS, GS_ROLE, 'iran-backed-militias', 'business_interests',
 'This trend has sped up since the 12-day Israel-Iran war of June 2025.',
 'That\'s accelerated since the 12-day war', 'high',
 '"Last June" resolved against the 6 March 2026 report.', 'seed-002'),
('j-002-19', D2, 'day', '', 'Iraqi security officials and paramilitary insiders (unnamed)', 'Iraqi security officials; insiders of the paramilitary groups',
 'iran-backed-militias', 'other',
 'Iran\'s proxies could still enter the war in force if it drags on, if a US-Israeli attack is seen as aimed at Shia as a whole, or if US-backed Kurdish groups attack Iran.',
 'could yet enter the fray in force', 'medium', 'Topic: triggers for mobilisation (para 17).', 'seed-002'),
('j-002-20', D2, 'day', '', R, R_ROLE, 'iran-backed-militias', 'capabilities',
 'Even if they wanted to fight, the Iran-backed groups no longer have the means they once had.',
 'lack the means they once had', 'high', 'Para 18.', 'seed-002'),
('j-002-21', D2, 'day', '', 'Iraqi security officials (unnamed)', 'Iraqi security officials', 'iran-backed-militias', 'capabilities',
 'The groups have used outdated weapons in their handful of attacks since the war began.',
 'used outmoded weaponry in their handful of attacks', 'medium', 'Para 18; no weapon type is named.', 'seed-002'),
('j-002-22', D2, 'day', '', AJ, AJ_ROLE, 'iran;iran-backed-militias', 'capabilities',
 'Moving weapons now would be too risky because they could be spotted by reconnaissance.',
 'too risky, they could be spotted by reconnaissance', 'high',
 'Para 20. Goes with his statement that Tehran has sent his group no new weapons since the June 2025 war (held in e-202506-aj-group-drones-israel-irgc, f-irgc-qf-04); Reuters could not check this for other militias.', 'seed-002'),
('j-002-23', D2, 'day', 'israel', 'Israel\'s military (statement to Reuters)', 'Israel\'s military', 'iran-backed-militias;iran', 'command_and_control',
 'The armed factions in Iraq act as a proxy of Iran.',
 'terrorist factions in Iraq operate as a proxy of Iran', 'high',
 'Statement given for the 6 March report; its own date is not stated. data/entities.csv has no IDF entity, so the speaker id is the state, as in e-2026-idf-says-iraq-attacks-decreased.', 'seed-002'),
('j-002-24', D2, 'day', 'israel', 'Israel\'s military (statement to Reuters)', 'Israel\'s military', 'iran-backed-militias;israel', 'other',
 'Israeli operations against the Iran-led axis, together with a clear message that Israel would not tolerate attacks on its civilians, have reduced attacks from Iraqi territory on Israel.',
 'a decrease in attacks from Iraqi territory toward Israel', 'high',
 'Topic: deterrence. Held as an event in e-2026-idf-says-iraq-attacks-decreased.', 'seed-002'),
('j-002-25', D2, 'day', '', 'a protester in Baghdad (video posted online)', 'protester at the Green Zone march', 'iran-backed-militias', 'cohesion',
 'Top pro-Iran paramilitary leaders failed to stand with the protesters and are cowards if they do not join them in burning the US embassy.',
 'you are cowards', 'high',
 'Para 32. The seed does not date the video; it belongs to the Green Zone march after Khamenei\'s killing (e-20260301-green-zone-protest).', 'seed-002'),
('j-002-26', D2, 'day', '', R, R_ROLE, 'iran-backed-militias;qais-al-khazali', 'other',
 'The 2019 assault on the US embassy, with leaders such as Khazali among the crowd, was a high point of Iran\'s Shia proxy power in the region.',
 'a high point of Iranian Shi\'ite proxy power', 'high',
 'A 2026 judgment about a 2019 event (e-20191231-embassy-storming).', 'seed-002'),
('j-002-27', D2, 'day', '', R, R_ROLE, 'united-states;qasem-soleimani;iran-backed-militias', 'other',
 'The 2019 embassy assault was a turning point: it led to the US killing of Soleimani in early 2020.',
 'would be a turning point', 'high', 'Para 39; the event is e-20200103-soleimani-muhandis-killed.', 'seed-002'),
('j-002-28', D2, 'day', '', R, R_ROLE, 'iran-backed-militias;qasem-soleimani;irgc-qf', 'command_and_control',
 'Soleimani\'s killing left the militias scrambling to find a new coordinator.',
 'sent the militias scrambling for a coordinator', 'high', 'Para 39; compare seed 000\'s j-000-02.', 'seed-002'),
('j-002-29', D2, 'day', '', 'many militia figures (unnamed, per Reuters)', 'militia figures', 'esmail-qaani;irgc-qf;iran-backed-militias', 'command_and_control',
 'Qaani, Soleimani\'s successor, lacks his predecessor\'s stature and authority.',
 'lacks the same stature and authority', 'medium', 'Para 39; reflected in the esmail-qaani entity description and r-p2-005.', 'seed-002'),
('j-002-30', D2, 'day', '', AJ, AJ_ROLE, 'qasem-soleimani;esmail-qaani', 'command_and_control',
 'Qaani does not compare with Soleimani, a leader of a kind seen once in history.',
 'he was a once in history leader', 'high', 'Para 40.', 'seed-002'),
('j-002-31', D2, 'day', '', AJ, AJ_ROLE, 'hassan-nasrallah;lebanese-hezbollah;iran-backed-militias', 'command_and_control',
 'Nasrallah, too, could not be replaced; the killing of him and most of Hezbollah\'s senior leaders meant Beirut was no longer safe.',
 'Nasrallah was also irreplaceable', 'high', 'Para 44; the move out of Beirut is held in e-202409-iraqi-groups-leave-beirut.', 'seed-002'),
('j-002-32', D2, 'day', '', 'all the sources Reuters interviewed', 'the report\'s interviewees (see j-002-14)', 'hassan-nasrallah;lebanese-hezbollah;iran-backed-militias', 'command_and_control',
 'Nasrallah\'s killing was a severe blow to the whole axis and hurt the Iraqis\' ability to visit Beirut.',
 'dealt a severe blow to the whole axis', 'medium', 'Para 46; held in the summary of e-202409-iraqi-groups-leave-beirut.', 'seed-002'),
('j-002-33', D2, 'day', '', 'Mustafa Fahs', 'Lebanese political activist in close contact with Iraqi Shi\'ite leaders', 'lebanese-hezbollah;hassan-nasrallah;iran-backed-militias', 'command_and_control',
 'Everything changed with Nasrallah\'s killing: the loss of Hezbollah\'s leaders loosened its hold on Lebanese state institutions, Beirut airport included, so Iraqi proxies lost a way to visit without checks by Lebanese government intelligence.',
 'Everything changed after Nasrallah was killed', 'high', 'Paras 47-48; the airport point is not in data/ (see new_records.csv).', 'seed-002'),
('j-002-34', '2023', 'year', '', AJ, AJ_ROLE, 'syria-assad;israel', 'other',
 'Syria\'s military was dangerously penetrated by Israeli agents, as he and other Iraqi commanders warned Syrian officials at a tense 2023 meeting in Damascus.',
 'There were enemy agents everywhere in Syria', 'high',
 'Dated to the 2023 warning; the quoted words are from his 2026 interview. Meeting held in e-2023-damascus-factions-meeting.', 'seed-002'),
('j-002-35', D2, 'day', '', AJ, AJ_ROLE, 'israel;irgc', 'other',
 'Syrians paid off by Israel were passing on the coordinates for its killings of Iranian commanders in Syria.',
 'Syrians bought off by Israel were giving coordinates', 'high',
 'Topic: Israeli intelligence penetration. The killings are held in e-2024-israel-kills-iranian-commanders-syria.', 'seed-002'),
('j-002-36', D2, 'day', 'michael-knights', 'Michael Knights', 'expert on Iraqi factions at the New York-based risk consultancy Horizon Engage; has worked closely with the US government on sanctions enforcement',
 'israel;irgc', 'other',
 'Israel had local agents who helped it target Iranian commanders in Syria.',
 'Israel had local agents helping provide the targeting', 'high', 'Reuters\' paraphrase (para 54).', 'seed-002'),
('j-002-37', D2, 'day', '', R, R_ROLE, 'iran;iran-backed-militias;syria-assad', 'other',
 'Assad\'s fall in December 2024 was a crushing blow to Tehran and its proxies.',
 'a hammer blow to Tehran and its proxies', 'high', 'Para 55; event e-20241208-assad-falls-iraqi-militias-withdraw.', 'seed-002'),
('j-002-38', D2, 'day', '', AJ, AJ_ROLE, 'syria-assad;iran-backed-militias', 'command_and_control',
 'Damascus was the key to coordinating the axis of resistance, so losing it was a big turning point for the groups.',
 'Damascus was the key for coordinating the axis of resistance', 'high', 'Para 57.', 'seed-002'),
('j-002-39', '2026-02', 'month', '', 'a former Iraqi intelligence chief (unnamed, Reuters interviewee)', 'former Iraqi intelligence chief', 'iran-backed-militias;iran', 'business_interests',
 'The militia leaders were made by Iran and may prove loyal to it in the end, but above all they worship weapons and money.',
 'two gods they worship above all – weapons and money', 'high',
 'Said while showing a Reuters correspondent militia-owned construction projects in Baghdad on the day before the war began; month precision because the seed\'s war start is itself approximate (disagreement war-start-2026). Also bears on loyalty_to_tehran.', 'seed-002'),
('j-002-40', D2, 'day', '', 'several pro-Iran commanders in Iraq (unnamed, per Reuters)', 'pro-Iran commanders', 'qais-al-khazali;aah', 'cohesion',
 'Khazali\'s apparent reversal in welcoming US investment displeased several pro-Iran commanders.',
 'didn\'t sit well with several pro-Iran commanders', 'medium',
 'Para 64; Reuters itself calls the comment "startling" and an "apparent about-face". Event e-2025-khazali-welcomes-us-companies.', 'seed-002'),
('j-002-41', D2, 'day', 'abu-turab-al-tamimi', 'Abu Turab al-Tamimi', 'former commander linked to Kata\'ib Hezbollah', 'kh;nujaba;aah', 'loyalty_to_tehran',
 'Events in Iraq have shown who the true resistance to America is: only Kata\'ib Hezbollah, Nujaba and perhaps a couple of others remain; he left out Khazali\'s group.',
 'The only ones left are Kataib Hezbollah, Nujaba', 'high',
 'Paras 65-66. Reuters adds in its own voice that these are the two factions most loyal to Iran; KH and Nujaba did not respond. Held in f-kh-26.', 'seed-002'),
('j-002-42', D2, 'day', '', R, R_ROLE, 'qais-al-khazali;aah;pmf;iran-backed-militias', 'political_integration',
 'A top tier of Iran-backed senior commanders, Khazali among them, have won seats in parliament and other influential state posts, while keeping their armed groups, usually inside the PMF.',
 'worked their way into seats in parliament', 'high', 'Para 66; see p-p1-11, r-p1-038.', 'seed-002'),
('j-002-43', D2, 'day', '', R, R_ROLE, 'iran-backed-militias', 'business_interests',
 'These senior commanders have also built up extensive business interests.',
 'forged extensive business interests', 'high', 'Para 66; no business is named here (para 61 mentions construction projects).', 'seed-002'),
('j-002-44', D2, 'day', '', R, R_ROLE, 'iran-backed-militias;qais-al-khazali', 'political_integration',
 'Along the way these commanders have toned down their anti-American rhetoric and increasingly held back from military action; most have made no threats against the US since the war began and their groups have claimed no new attacks on US interests.',
 'softened their anti-American rhetoric', 'high',
 'Para 67; also bears on loyalty_to_tehran. Held as postures p-p1-15 (AAH) and p-p1-30 (KIA, low).', 'seed-002'),
('j-002-45', D2, 'day', '', 'all the sources Reuters interviewed, including members of the commanders\' political offices', 'the report\'s interviewees', 'iran-backed-militias;united-states', 'outreach_west',
 'The senior commanders have privately sided with the US in Iraq\'s deliberations over a new prime minister.',
 'privately aligned with the US on Iraq\'s deliberations', 'medium',
 'Para 67; the specific case (Khazali and Zaidi against Maliki) is e-2026-khazali-zaidi-reject-maliki.', 'seed-002'),
('j-002-46', D2, 'day', '', 'some commentators and the Iraqi officials who oppose Iran (unnamed)', 'commentators; Iraqi officials opposed to Iran', 'qais-al-khazali;shibl-al-zaidi;iran', 'outreach_west',
 'Khazali\'s and Zaidi\'s overtures to Western officials may be an Iranian ploy to spare them from US air strikes, keep their political power in Iraq and keep Iraq as a source of income.',
 'might be an Iranian ploy', 'medium', 'Para 71; not in data/ (postures p-p1-14 and p-p1-29 give the outreach only).', 'seed-002'),
('j-002-47', D2, 'day', '', R, R_ROLE, 'iran', 'funding',
 'US sanctions were already squeezing the money Iran moved out of Iraq through middlemen before the war.',
 'the sanctions were already choking off that money', 'high',
 'Para 72; the methods (cash deliveries, oil smuggling) are per US designations (see new_records.csv).', 'seed-002'),
('j-002-48', D2, 'day', '', 'proxy insiders and several Iraqi and Western officials (unnamed)', 'insiders of the proxy groups; Iraqi and Western officials', 'iran-backed-militias;iran', 'loyalty_to_tehran',
 'Whether or not the Islamic Republic survives, senior Tehran-backed leaders in Iraq have shown by their recent conduct that they have little interest in dying for Iran.',
 'little interest in dying for Iran', 'medium', 'Para 73.', 'seed-002'),
('j-002-49', D2, 'day', '', GS, GS_ROLE, 'iran-backed-militias;iran', 'command_and_control',
 'The factions are no longer under Iran\'s control.',
 'under the thumb of Iran is not the case anymore', 'high', 'Para 74; also bears on loyalty_to_tehran.', 'seed-002'),
('j-002-50', D2, 'day', '', 'Iraqi politicians and clerics (unnamed)', 'Iraqi politicians; Shi\'ite clerics', 'iran-backed-militias', 'loyalty_to_tehran',
 'What could still push more Shia factions into action is not loyalty to Iran but a sense that their faith is under siege, for example an attack on Shia holy places in Iraq or sectarian violence against Shia.',
 'a feeling that their faith is under siege', 'medium', 'Para 77.', 'seed-002'),
('j-002-51', D2, 'day', '', 'Sheikh Karim al-Saidi', 'cleric who attended the pro-Iran protests in Baghdad', 'iran-backed-militias;iran', 'loyalty_to_tehran',
 'Iraqi Shia share with Iran an ideology of defending their religion; they hope for peace but are ready if it comes to confrontation.',
 'if it comes to confrontation we\'re ready', 'high', 'Para 78; speaks of Iraqi Shi\'ites in general, not of a named faction.', 'seed-002'),
('j-002-52', D2, 'day', '', R, R_ROLE, 'iran-backed-militias', 'capabilities',
 'Many Iraqi Shia paramilitaries have not fought a full-scale war since the campaign against the Islamic State.',
 'haven\'t seen full-scale war since they fought Islamic State', 'high', 'Para 79.', 'seed-002'),
('j-002-53', D2, 'day', '', 'Iraqi Shi\'ite paramilitaries (as reported by Reuters)', 'members of Iraqi Shi\'ite paramilitary groups', 'ahmed-al-sharaa;united-states;iran-backed-militias', 'other',
 'They say they are ready to face a resurgent Islamic State threat from Syria, and read US support for President Sharaa as proof that Washington is again pushing Sunni jihadists toward them.',
 'push Sunni jihadists in their direction once again', 'medium', 'Para 79; topic: threat perception.', 'seed-002'),
('j-002-54', D2, 'day', '', 'Seif, a member of Khazali\'s armed group', 'member of AAH\'s armed wing (first name only)', 'aah;qais-al-khazali', 'cohesion',
 'The leaders may be busy with politics, but the fighters know only jihad.',
 'Our leaders might be busy with politics', 'high', 'Para 80; the gap between leaders and rank and file.', 'seed-002'),
]

COLS = 'judgment_id,date,date_precision,speaker_id,speaker,speaker_role,about_ids,topic,summary,quote,confidence,note,source_ids'.split(',')
errs = []
seen = set()
for row in J:
    d = dict(zip(COLS, row))
    if d['judgment_id'] in seen: errs.append('dup ' + d['judgment_id'])
    seen.add(d['judgment_id'])
    assert len(row) == len(COLS), row[0]
    for e in filter(None, d['speaker_id'].split(';')):
        if e not in ENT: errs.append(f"{d['judgment_id']}: speaker {e}")
    for e in d['about_ids'].split(';'):
        if e not in ENT: errs.append(f"{d['judgment_id']}: about {e}")
    if d['topic'] not in TOPICS: errs.append(d['judgment_id'] + ' topic')
    q = d['quote']
    if q:
        if q not in TEXT[d['source_ids']]: errs.append(f"{d['judgment_id']}: quote not in seed: {q}")
        if len([w for w in q.split() if re.search(r'\w', w)]) > 12: errs.append(d['judgment_id'] + ' quote too long')
    p = {'day': r'^\d{4}-\d{2}-\d{2}$', 'month': r'^\d{4}-\d{2}$', 'year': r'^\d{4}$'}[d['date_precision']]
    if not re.match(p, d['date']): errs.append(d['judgment_id'] + ' date')
    if d['confidence'] not in ('high', 'medium', 'low'): errs.append(d['judgment_id'] + ' conf')
with open(os.path.join(HERE, 'judgments.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f); w.writerow(COLS); w.writerows(J)

# ---------------- new records ----------------
NCOLS = ['kind', 'draft', 'locator', 'source_ids', 'note']
N = [
('profile_fact',
 'iran-backed-militias, business: on the day before the 2026 war began, a former Iraqi intelligence chief drove a Reuters correspondent around Baghdad and pointed out large, lucrative construction projects owned by Iran-backed militias. Date 2026-02 (month).',
 'On the day before the Iran war began', 'seed-002',
 'No faction or project is named; only the collective entity fits. Goes with judgment j-002-39.'),
('profile_fact',
 'iran (or irgc-qf), funding: according to US sanctions designations cited by Reuters, Iran has drawn money out of Iraq through middlemen who handle cash deliveries and oil smuggling; Reuters adds that sanctions were already choking this flow before the 2026 war. Date 2026-03-06 (attested).',
 'Iran has used often-convoluted methods', 'seed-002',
 'The seed names no designation, middleman or date, so it cannot be joined to a row in designations.csv; judgment j-002-47 holds the "choking off" assessment.'),
('profile_fact',
 'lebanese-hezbollah, note: according to Lebanese activist Mustafa Fahs, losing its leaders in 2024 loosened Hezbollah\'s hold on Lebanese state institutions, Beirut airport among them, so Iraqi proxies could no longer visit without checks by Lebanese government intelligence. Date 2024-09 (from Nasrallah\'s killing).',
 'Fahs said the decapitation of Hezbollah', 'seed-002',
 'One activist\'s account; could instead go into the note of e-202409-iraqi-groups-leave-beirut. Confidence low or medium.'),
('profile_fact',
 'michael-knights, note: in March 2026 Reuters describes him as an expert on Iraqi factions at the New York-based risk consultancy Horizon Engage who has worked closely with the US government on sanctions enforcement.',
 'Michael Knights, an expert on Iraqi factions', 'seed-002',
 'The entity description already has Horizon Engage; the sanctions-enforcement work is not in data/.'),
('profile_fact',
 'michael-knights / crispin-smith, note: the seed 000 page gives Knights as the Jill and Jay Bernstein Senior Fellow at the Washington Institute, and Smith as an associate at a Washington-based national security law group focused on Iraqi security, human rights and law of armed conflict; both (and Hamdi Malik) co-founded Militia Spotlight.',
 'Michael Knights is the Jill and Jay Bernstein', 'seed-000',
 'Low priority. These author bios are page furniture; the page links to items up to April 2024, so the bios may date from the page capture, not 21 Oct 2021. Leave undated.'),
]
with open(os.path.join(HERE, 'new_records.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f); w.writerow(NCOLS); w.writerows(N)
for k, loc in [(n[3], n[2]) for n in N]:
    if loc not in TEXT[k]: errs.append('locator not found: ' + loc)
print('judgments', len(J), 'new', len(N))
print('\n'.join(errs) or 'OK')
