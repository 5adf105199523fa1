"""Prints the issue-11 block of tests/cases/attribution.txt (everything from the
"Issue 11. Generated from templates" banner to the end of the file).

Input: none (the speakers, contents and templates are below). Output: case text on
stdout. Re-run: python3 tools/attribution_cases.py, and replace the block with its
output; the block is this output byte for byte (check: diff against the file tail).
Each template is one mechanism of reported speech, instantiated with six speakers
and contents; XF lists the cases geokg still misses, with the reason.
"""
S = [("person:angela-merkel","German Chancellor Angela Merkel"),
     ("person:olaf-scholz","Chancellor Olaf Scholz"),
     ("person:jens-stoltenberg","NATO Secretary-General Jens Stoltenberg"),
     ("person:ursula-von-der-leyen","European Commission President Ursula von der Leyen"),
     ("person:giorgia-meloni","Italian Prime Minister Giorgia Meloni"),
     ("person:sergey-lavrov","Russian Foreign Minister Sergei Lavrov")]
C = [("Russia must end the war",["RUS"]),("NATO will defend every ally",["NATO"]),
     ("China is a partner and a rival",["CHN"]),("We need more time",[]),
     ("Ukraine will get the weapons it needs",["UKR"]),("Iran must return to the talks",["IRN"])]
C2 = [("this is only the beginning",[]),("the talks with Iran will go on",["IRN"]),
      ("we stand with Ukraine",["UKR"]),("nobody wants a new war",[]),
      ("Turkey has a role to play",["TUR"]),("the sanctions will stay",[])]
Q = ["Is it in our interest to act","Who will pay for this","Can Russia be trusted",
     "What did China promise","Why should we wait","Is Iran serious about the talks"]
Qab = [[],[],["RUS"],["CHN"],[],["IRN"]]
out=[]
XF = {
 "A spokeswoman for Iran's foreign ministry said NATO will defend every ally.": "'a spokeswoman for X' does not speak for X yet",
}
def case(text, said, xfail=None, auto=True):
    xfail = xfail or XF.get(text)
    if auto and text.startswith("According to") and any(s.split("|")[2].strip() not in ("", "NATO") for s in said):
        xfail = "'According to X, Russia …': 'X, Russia' reads as a place and its country (actors)"
    out.append("text: "+text)
    for s in said: out.append("said: "+s)
    if xfail: out.append("xfail: "+xfail)
    out.append("")
def said(sp, content, about, speaker_id=None):
    ab=[a for a in dict.fromkeys(about) if a!=sp]
    return f"{sp} | {content} | {' '.join(ab)}"
def low(c): return c[0].lower()+c[1:] if not c.startswith(("NATO","China","Russia","Ukraine","Iran","Turkey","We ")) else (c if not c.startswith("We ") else "we"+c[2:])

out.append("# ---------------------------------------------------------------------------------------")
out.append("# Issue 11. Generated from templates (one mechanism per block, six speakers and contents")
out.append("# each); kept as written here, edited by hand where geokg's answer is debatable.")
out.append("# ---------------------------------------------------------------------------------------")
out.append("")
out.append("# 10. Issue 11: quotations as written")
out.append("")
rot = lambda l, r: l[r:] + l[:r]
for k,((sp,f),(c,a),(c2,a2),q,qa) in enumerate(list(zip(S,C,C2,Q,Qab)) + list(zip(S,rot(C,3),rot(C2,2),rot(Q,3),rot(Qab,3)))):
    case(f'"{c}," {f} said.', [said(sp,c,a)])
    case(f"''{c},'' {f} said.", [said(sp,c,a)])
    case(f'“{c},” {f} said on Monday.', [said(sp,c,a)])
    case(f'"{c}," {f} said, "{c2}."', [said(sp,f"{c} … {c2}.",a+a2)])
    case(f"''{c},'' {f} said, ''{c2}.''", [said(sp,f"{c} … {c2}.",a+a2)])
    case(f'"{q}?" {f} said at a summit on Thursday.', [said(sp,q+"?",qa)])
    case(f'"{c}!" {f} said.', [said(sp,c+"!",a)])
    case(f'{f} said: "{c}."', [said(sp,c+".",a)])
    case(f'"{c}," {f} said. "{c2[0].upper()+c2[1:]}."', [said(sp,c,a), said(sp,c2[0].upper()+c2[1:]+".",a2)])
    case(f'{f} said the plan was "a disgrace for Europe".', [said(sp,'the plan was "a disgrace for Europe".',[])])
    c2c = c2[0].upper()+c2[1:]
    case(f'"{c}. {c2c}," {f} said.', [said(sp,f"{c}. {c2c}",a+a2)])
# nested
pairs=[("person:angela-merkel","German Chancellor Angela Merkel","person:sergey-lavrov","Sergei Lavrov","her"),
       ("person:olaf-scholz","Chancellor Olaf Scholz","person:giorgia-meloni","Giorgia Meloni","him"),
       ("person:giorgia-meloni","Italian Prime Minister Giorgia Meloni","person:pedro-sanchez","Pedro Sanchez","her"),
       ("person:jens-stoltenberg","NATO Secretary-General Jens Stoltenberg","person:mark-rutte","Mark Rutte","him")]
for (s1,f1,s2,f2,obj),(c,a) in zip(pairs,C):
    case(f'{f1} said {f2} told {obj} that {c}.', [said(s1,f"{f2} told {obj} that {c}.",[s2]+a), said(s2,c+".",a)])
out.append("# 11. Issue 11: every cue")
out.append("")
for (sp,f),(c,a) in list(zip(S,C)) + list(zip(S,rot(C,2))):
    cl = 'we'+c[2:] if c.startswith('We ') else c
    case(f'{f} told reporters on Monday that {cl}.', [said(sp,cl+".",a)])
    case(f'According to {f}, {cl}.', [said(sp,cl+".",a)])
    case(f'{cl}, according to {f}.', [said(sp,cl,a)])
    case(f'In a statement, {f} said {cl}.', [said(sp,cl+".",a)])
    case(f'{f} thought {cl}.', [said(sp,cl+".",a)])
    case(f'{f} believed that {cl}.', [said(sp,cl+".",a)])
    case(f'{f} warned that {cl}.', [said(sp,cl+".",a)])
    case(f'"{c}," {f} added.', [said(sp,c,a)])
    case(f'{f} stressed on Tuesday that {cl}.', [said(sp,cl+".",a)])
    case(f'{f} told the BBC that {cl}.', [said(sp,cl+".",a)])
    case(f'{f} asked whether {cl}.', [said(sp,"whether "+cl+".",a)])
    case(f'{f}, who said {cl}, arrived in Warsaw.', [said(sp,cl,a)])
out.append("# 12. Issue 11: every speaker")
out.append("")
people=[("person:maria-lopez","Maria Lopez"),("person:john-carter","John Carter"),("person:akiko-tanaka","Akiko Tanaka"),
        ("person:peter-novak","Peter Novak"),("person:sarah-collins","Sarah Collins"),("person:david-klein","David Klein")]
for (sp,f),(c,a) in zip(people,C):
    cl = 'we'+c[2:] if c.startswith('We ') else c
    case(f'{f} said {cl}.', [said(sp,cl+".",a)])
    case(f'"{c}," said {f}.', [said(sp,c,a)])
offs=[("IRN-government","A senior Iranian official"),("RUS-government","A senior Russian official"),("CHN-government","A Chinese official"),
      ("TUR-government","Turkish officials"),("DEU-government","A German government spokesman"),("FRA-government","A French government spokeswoman")]
for (sp,f),(c,a) in zip(offs,C):
    case(f'{f} said {c}.', [said(sp,c+".",a)])
for (sp,f),(c,a) in zip([("RUS-foreign-ministry","A spokesman for the Russian foreign ministry"),("IRN-foreign-ministry","A spokeswoman for Iran's foreign ministry"),("CHN-foreign-ministry","China's foreign ministry")],C[:3]):
    case(f'{f} said {c}.', [said(sp,c+".",a)])
out.append("# 13. Issue 11: pronoun speakers by gender")
out.append("")
F=[("person:angela-merkel","German Chancellor Angela Merkel"),("person:ursula-von-der-leyen","European Commission President Ursula von der Leyen"),("person:giorgia-meloni","Italian Prime Minister Giorgia Meloni")]
M=[("person:olaf-scholz","Chancellor Olaf Scholz"),("person:pedro-sanchez","Spanish Prime Minister Pedro Sanchez"),("person:mark-rutte","Dutch Prime Minister Mark Rutte")]
for k in range(3):
    (fs,ff),(ms,mf)=F[k],M[k]
    (c,a),(c2,a2)=C[k],C[(k+3)%6]
    case(f'{ff} met {mf} in Brussels. She said {c}.', [said(fs,c+".",a)])
    case(f'{ff} met {mf} in Brussels. He said {c}.', [said(ms,c+".",a)])
    case(f'{mf} met {ff} in Rome. She said {c}. He said {c2[0].lower()+c2[1:] if c2.startswith("We") else c2}.', [said(fs,c+".",a), said(ms,(c2[0].lower()+c2[1:] if c2.startswith("We") else c2)+".",a2)])
    case(f'{mf} met {ff} in Rome. "{c}," she said. "{c2}," he said.', [said(fs,c,a), said(ms,c2,a2)])
# A month word after a first name, an honorific or the first word of a dictionary
# person's name is a surname, unless a day number follows.
case('President Joe Biden met Prime Minister Theresa May. She said Britain would stand with Ukraine.', [said("person:theresa-may","Britain would stand with Ukraine.",["GBR","UKR"])])
case('Prime Minister Theresa May met President Joe Biden in London. He said NATO will defend every ally.', [said("person:joe-biden","NATO will defend every ally.",["NATO"])])
case('Prime Minister Theresa May said on May 5 that Britain would stay in NATO.', [said("person:theresa-may","Britain would stay in NATO.",["GBR","NATO"])])
case('President Joe Biden said on June 5 that Iran must return to the talks.', [said("person:joe-biden","Iran must return to the talks.",["IRN"])])
case('President Joe Biden met Prime Minister Theresa May in May. "We stand with Ukraine," she said.', [said("person:theresa-may","We stand with Ukraine",["UKR"])])
case('Prime Minister Theresa May met President Joe Biden. Mrs May said Britain would stand with Ukraine.', [said("person:theresa-may","Britain would stand with Ukraine.",["GBR","UKR"])])
# The person a story is about (named three times or more, twice as often as any
# other of that gender) comes before the last subject, not before the last speaker;
# in a dialogue the man who spoke before comes before a man he talked about.
case('President Joe Biden arrived in Warsaw. Biden met Polish leaders. Biden said NATO will defend every ally. Russian President Vladimir Putin said on Tuesday that NATO was a threat. He added that Russia would respond.',
     [said("person:joe-biden","NATO will defend every ally.",["NATO"]), said("person:vladimir-putin","NATO was a threat.",["NATO"]), said("person:vladimir-putin","Russia would respond.",["RUS"])])
case('President Joe Biden met Prime Minister Theresa May. He said Russian President Vladimir Putin could not be trusted. She said Britain would send more weapons. "NATO is united," he said.',
     [said("person:joe-biden","Russian President Vladimir Putin could not be trusted.",["person:vladimir-putin"]), said("person:theresa-may","Britain would send more weapons.",["GBR"]), said("person:joe-biden","NATO is united",["NATO"])])
out.append("# 14. Issue 11: false statements kept as regressions")
out.append("")
case('As the United States nears full employment, the Federal Reserve will raise rates.', [])
case('As Germany prepares for the summit, Chancellor Olaf Scholz met Pedro Sanchez.', [])
case('As Russia masses troops on the border, NATO held talks in Brussels.', [])
case("Donald Trump, 70, told CNN's Dana Bash that Russia was a threat.", [said("person:donald-trump","Russia was a threat.",["RUS"])])
case("Chancellor Olaf Scholz, 65, told CNN's Dana Bash that China was a rival.", [said("person:olaf-scholz","China was a rival.",["CHN"])])
case("Donald Trump, 70, told CNN's Dana Bash.", [])
out.append("# 15. Issue 11: speakers that are no named actor: documents, unnamed roles, beliefs")
out.append("")
# A document that speaks is a `source` of its own, with its author: the author
# before it ("a UN report", "the IAEA's latest report"), after "by"/"from", or named
# earlier ("The IAEA issued a report … The report said"). A report of no author is
# no actor: no statement.
docs=[("source:un-report","A UN report","a UN report"),("source:un-report","A United Nations report","a United Nations report"),
      ("source:iaea-report","The IAEA's latest report","the IAEA's latest report"),("source:nato-statement","A NATO statement","a NATO statement"),
      ("source:iaea-report","A report by the International Atomic Energy Agency","a report by the International Atomic Energy Agency"),
      ("source:rus-foreign-ministry-statement","A Russian foreign ministry statement","a Russian foreign ministry statement")]
dc=[("Russia had broken the ceasefire",["RUS"]),("Iran had enriched uranium beyond the agreed limit",["IRN"]),
    ("China had expanded its navy",["CHN"]),("Syria had used chemical weapons",["SYR"]),
    ("Turkey had blocked the aid convoys",["TUR"]),("Israel had struck the port",["ISR"])]
for (sp,cap,low_),(c,a) in zip(docs,dc):
    case(f'{cap} said {c}.', [said(sp,c+".",a)])
    case(f'According to {low_}, {c}.', [said(sp,c+".",a)], auto=False)
    case(f'{c}, according to {low_}.', [said(sp,c,a)])
for (sp,intro),(c,a) in zip([("source:iaea-report","The IAEA issued a report on Monday."),("source:un-report","A UN report was published on Monday."),
                             ("source:nato-review","NATO released its annual review in Brussels."),("source:iaea-report","The IAEA published a confidential report.")],dc):
    case(f'{intro} The report said {c}.', [said(sp,c+".",a)])
    case(f'{intro} According to the report, {c}.', [said(sp,c+".",a)], auto=False)
case('NATO rejected the report. The report said Russia had broken the ceasefire.', [])
case('According to the report, Iran had enriched uranium beyond the agreed limit.', [])
case('The report said Russia had broken the ceasefire.', [])
case('Palestinians report that Israeli troops entered the town.', [said("PSE","Israeli troops entered the town.",["ISR-military"])])
# "the president" is the president named before, else the president of the
# dateline's country; with neither there is no actor to credit.
case('President Joe Biden arrived in Warsaw on Monday. The president said NATO will defend every ally.', [said("person:joe-biden","NATO will defend every ally.",["NATO"])])
case('KYIV, May 2 (Reuters) - The president said Russia must end the war.', [said("UKR","Russia must end the war.",["RUS"])])
case('The president said the economy was growing.', [])
# Beliefs of people only the name finder or the dictionary knows, with no title.
for (sp,f),(c,a) in zip([("person:angela-merkel","Angela Merkel"),("person:olaf-scholz","Olaf Scholz"),("person:maria-lopez","Maria Lopez"),
                         ("person:john-carter","John Carter"),("person:sarah-collins","Sarah Collins"),("person:peter-novak","Peter Novak")],C):
    cl = 'we'+c[2:] if c.startswith('We ') else c
    case(f'{f} believes that {cl}.', [said(sp,cl+".",a)])
    case(f'{f} thinks {cl}.', [said(sp,cl+".",a)])
    case(f'{f} hopes {cl}.', [said(sp,cl+".",a)])
# Noun cues: the owner of "claim", "warning", "pledge" … (before "'s", through a
# spokesperson, or after "by") said the "that" clause.
nc=[("RUS","NATO rejected Russia's claim that {c}.","Ukraine had attacked the bridge",["UKR"]),
    ("RUS","Poland dismissed the Kremlin's warning that {c}.","NATO troops would be targeted",["NATO"]),
    ("CHN","The EU welcomed a pledge by China that {c}.","it would cut emissions",[]),
    ("RUS-defence-ministry","Ukraine rejected the Russian defence ministry spokesman's claim that {c}.","Ukrainian drones had struck the bridge",["UKR"]),
    ("RUS-foreign-ministry","Ukraine rejected the Russian foreign ministry's spokesman's remarks that {c}.","NATO was a threat",["NATO"]),
    ("IRN","Despite Iran's insistence that {c}, the IAEA demanded access.","its programme is peaceful",[]),
    ("person:angela-merkel","Chancellor Olaf Scholz welcomed German Chancellor Angela Merkel's announcement that {c}.","Germany would send more tanks",["DEU"]),
    ("USA","Beijing condemned Washington's accusation that {c}.","China had stolen the designs",["CHN"]),
    ("TUR","Sweden welcomed an assurance from Turkey that {c}.","the talks would resume",[]),
    ("IAEA","Iran rejected the IAEA's allegation that {c}.","it had hidden uranium",[])]
for sp,tmpl,c,a in nc:
    content = c+"." if tmpl.endswith("{c}.") else c
    case(tmpl.format(c=c), [said(sp,content,a)])
case("Russia's claim that Ukraine had attacked the bridge was rejected.", [said("RUS","Ukraine had attacked the bridge",["UKR"])],
     "a noun cue that opens the sentence: where its 'that' clause ends is not found")
case("NATO rejected the claim that Russia had withdrawn.", [])
out.append("# 16. Issue 11: documents as `source` nodes (their author's affiliation in the id)")
out.append("")
# A document that speaks or is cited is a node of its own, `source:<author>-<noun>`;
# one that does not speak ("rejected the UN report") is still its author; finding
# and showing report speech only for a document or before "that".
for text,sp,c,a in [
    ("A Pentagon report said China had expanded its navy.","source:usa-defence-ministry-report","China had expanded its navy.",["CHN"]),
    ("According to a Pentagon report, China had expanded its navy.","source:usa-defence-ministry-report","China had expanded its navy.",["CHN"]),
    ("A UN report found that Russia had broken the ceasefire.","source:un-report","Russia had broken the ceasefire.",["RUS"]),
    ("A UN study found Russia had broken the ceasefire.","source:un-study","Russia had broken the ceasefire.",["RUS"]),
    ("A NATO survey shows China had expanded its navy.","source:nato-survey","China had expanded its navy.",["CHN"]),
    ("According to a statement from the Kremlin, Ukraine had attacked the bridge.","source:rus-statement","Ukraine had attacked the bridge.",["UKR"]),
    ("A statement from the Kremlin said Ukraine had attacked the bridge.","source:rus-statement","Ukraine had attacked the bridge.",["UKR"]),
    ('"Russia had broken the ceasefire," the UN report said.',"source:un-report","Russia had broken the ceasefire",["RUS"]),
    ("The UN report also said Russia had broken the ceasefire.","source:un-report","Russia had broken the ceasefire.",["RUS"]),
    ("The World Health Organization issued a report on Friday. The report said Iran had hidden the outbreak.","source:who-report","Iran had hidden the outbreak.",["IRN"]),
    ("A report by Amnesty International said Israel had killed civilians.","source:amnesty-report","Israel had killed civilians.",["ISR"]),
    ("In a statement, the Kremlin said Ukraine had attacked the bridge.","RUS","Ukraine had attacked the bridge.",["UKR"]),
]:
    case(text, [said(sp,c,a)], auto=False)
case("The IAEA's latest report said Iran had hidden uranium. The report also warned that Iran could build a bomb.",
     [said("source:iaea-report","Iran had hidden uranium.",["IRN"]), said("source:iaea-report","Iran could build a bomb.",["IRN"])])
out.append("text: Russia rejected the UN report.")
out.append("edge: RUS -[reject]-> UN")
out.append("")
for text in ["Police found the bodies of ten soldiers.","Russia showed support for Syria.",
             "Investigators found that the cable had been cut."]:
    case(text, [])
out.append("# 17. Issue 11: role speakers of the document's country (its dateline, or the one country")
out.append("# that dominates it); with neither, no speaker is guessed")
out.append("")
dl="HELSINKI, March 8 - "
fin="Finland protested on Monday. Finland summoned the ambassador. Finland closed the border. "
for text,sp,c,a in [
    (dl+"Police said Russian agents had damaged the cable.","FIN-police","Russian agents had damaged the cable.",["RUS"]),
    (dl+"The prime minister told reporters that Russia must end the war.","FIN","Russia must end the war.",["RUS"]),
    (dl+"The defence ministry said Russian jets had violated Finnish airspace.","FIN-defence-ministry","Russian jets had violated Finnish airspace.",["RUS-military","FIN"]),
    (dl+"The army said Russian jets had violated Finnish airspace.","FIN-military","Russian jets had violated Finnish airspace.",["RUS-military","FIN"]),
    (dl+"Officials said Russia must end the war.","FIN-government","Russia must end the war.",["RUS"]),
    ("TOKYO, March 8 (Reuters) - The prime minister said China must respect the border.","JPN","China must respect the border.",["CHN"]),
    ("BERLIN, May 2 (Reuters) - The chancellor said Germany would send more tanks.","DEU","Germany would send more tanks.",[]),
    (fin+"The prime minister told reporters that Russia must end the war.","FIN","Russia must end the war.",["RUS"]),
    (fin+"Police said Russian agents had damaged the cable.","FIN-police","Russian agents had damaged the cable.",["RUS"]),
    (fin+"The ministry said Russian agents had damaged the cable.","FIN-government","Russian agents had damaged the cable.",["RUS"]),
    (fin+'"Russia must end the war," the president said.',"FIN","Russia must end the war",["RUS"]),
    (dl+"President Joe Biden arrived in Helsinki. The president said NATO will defend every ally.","person:joe-biden","NATO will defend every ally.",["NATO"]),
]:
    case(text, [said(sp,c,a)], auto=False)
for text in ["Finland and Sweden protested on Monday. The prime minister told reporters that Russia must end the war.",
             "Finland and Sweden protested on Monday. Police said Russian agents had damaged the cable.",
             "The prime minister told reporters that the economy was growing.",
             "Police said the suspect was arrested."]:
    case(text, [])
out.append("# 18. Issue 11: the issue's own sentences, re-checked")
out.append("")
case("President Joe Biden visited the museum on Monday. ''Hopefully,'' the president said, ''this museum can help us.''",
     [said("person:joe-biden","Hopefully … this museum can help us.",[])])
case('President Joe Biden visited the museum on Monday. "Hopefully," the president said, "this museum can help us."',
     [said("person:joe-biden","Hopefully … this museum can help us.",[])])
case('"Is it in our interest to act?" Mr. Obama said at a summit Thursday.', [said("person:barack-obama","Is it in our interest to act?",[])])
case("As the United States nears full employment, the Federal Reserve is cautious.", [])
case("Trump, 70, told CNN's Dana Bash.", [])
case('"Canada stands with Ukraine," Canadian Prime Minister Justin Trudeau said, adding that Russia must be held accountable.',
     [said("person:justin-trudeau","Canada stands with Ukraine",["CAN","UKR"]), said("person:justin-trudeau","Russia must be held accountable.",["RUS"])])
case("German Chancellor Angela Merkel said Putin told her that Russia would not attack Ukraine.",
     [said("person:angela-merkel","Putin told her that Russia would not attack Ukraine.",["person:vladimir-putin","RUS","UKR"]),
      said("person:vladimir-putin","Russia would not attack Ukraine.",["RUS","UKR"])])
case('"We will act. We are ready," Polish President Andrzej Duda said.', [said("person:andrzej-duda","We will act. We are ready",[])])
print("\n".join(out))
