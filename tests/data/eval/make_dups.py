#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""make_dups.py: writes dups.jsonl, the labelled near-duplicate corpus.

Every story below was written for this project in the style of the wire pages
in shared/seeds (TASS, Sputnik, the Russian foreign ministry, Reuters, ...);
none of their sentences is copied. Duplicates are derived from the stories by
the transformations in DUP_KINDS (other page chrome, dropped headline, light
edit, correction, truncation, another site's page wrapped around the text).
The output is deterministic: run `python3 make_dups.py > dups.jsonl`.
README.md in this directory documents the format and the label kinds."""

import json
import sys

# --------------------------------------------------------------------------
# Background paragraphs that the agencies paste under many stories. They make
# two reports of different calls share text, which is the hard case.
BG_CEASEFIRE = ("The cessation of hostilities in Syria, agreed by Russia and the United States "
                "as co-chairs of the International Syria Support Group, took effect at midnight "
                "on February 27. It does not apply to the Islamic State and Jabhat al-Nusra "
                "groups, which the UN Security Council has designated as terrorist organisations.")
BG_AIRSTRIKES = ("Russia's Aerospace Forces began their operation in Syria on September 30, 2015, "
                 "at the request of President Bashar Assad. The strikes are aimed at the "
                 "Islamic State and Jabhat al-Nusra groups, both outlawed in Russia.")
BG_MINSK = ("The Minsk package of measures was signed on February 12, 2015, after all-night "
            "talks between the leaders of Russia, Germany, France and Ukraine. It provides for "
            "a ceasefire in Donbass, a pullback of heavy weapons from the contact line and a "
            "constitutional reform giving special status to parts of the Donetsk and Luhansk "
            "regions.")
BG_ISSG = ("The International Syria Support Group brings together 17 countries, the United "
           "Nations, the European Union and the Arab League. It was formed in Vienna in "
           "October 2015 and is co-chaired by Russia and the United States.")

RU_MENU = ["Правительство России", "Совет Федерации", "Государственная Дума",
           "Совет Безопасности", "Министерство иностранных дел", "Министерство обороны",
           "Посольства и консульства", "Русский", "English"]

# --------------------------------------------------------------------------
# Stories. Keys: key (internal name), source, url, lang, published, title,
# sub (subtitle), cap + credit (photo caption), paras (the text), chrome (how
# the page around the text looks), kind, hard_with (key of the item it must
# not be matched to), dups (list of (kind, options) to derive).

STORIES = []


def story(**kw):
    STORIES.append(kw)


# ---- TASS, English: Lavrov-Kerry telephone calls on different dates ------

story(key="tass_0302_2014", source="tass.com", lang="en", published="2014-03-02T14:20:00+04:00",
      url="https://tass.com/world/721304",
      title="Lavrov, Kerry discuss situation in Ukraine by telephone",
      sub="The Russian minister stressed that Moscow will protect the lawful interests of Russian citizens in Crimea",
      cap="Russian Foreign Minister Sergey Lavrov", credit="Sergei Bobylev/TASS",
      paras=[
          "MOSCOW, March 2. /TASS/. Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State John Kerry discussed the crisis in Ukraine in a telephone conversation on Sunday, the Russian Foreign Ministry reported.",
          "The call was the second between the two ministers in three days. Lavrov told his American counterpart that the agreement on settling the political crisis signed in Kiev on February 21 had not been honoured by the opposition, which had seized power in the capital with the help of armed radicals.",
          "\"Sergey Lavrov stressed that Russia cannot remain indifferent to the threats to the lives of its citizens and compatriots living in Ukraine, including in Crimea,\" the ministry said in a statement posted on its website.",
          "Kerry, according to the statement, expressed concern over the movement of Russian troops in Crimea. Lavrov replied that all actions of the Black Sea Fleet were in line with the agreements between Moscow and Kiev.",
          "The ministers agreed to stay in contact and to meet in Paris on Wednesday on the sidelines of an international conference on Lebanon.",
      ],
      chrome="tass", kind="original",
      dups=[("rescrape_other_chrome", {"chrome": "tass_mobile"}),
            ("truncated_copy", {"frac": 0.7, "chrome": "aggregator"})])

story(key="tass_0412_2014", source="tass.com", lang="en", published="2014-04-12T19:05:00+04:00",
      url="https://tass.com/world/727611",
      title="Lavrov, Kerry discuss Ukraine by phone ahead of Geneva talks",
      sub="Lavrov said the deployment of Ukrainian troops against protesters in the east would undermine the planned four-party meeting",
      cap="Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State John Kerry (archive)", credit="EPA/MARTIAL TREZZINI",
      paras=[
          "MOSCOW, April 12. /TASS/. Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State John Kerry discussed the situation in south-eastern Ukraine by telephone on Saturday, the Russian Foreign Ministry said.",
          "The conversation took place at the initiative of the American side. Lavrov warned that any use of force by the Kiev authorities against residents of Donetsk, Luhansk and Kharkov who demand a federal structure for the country would put at risk the quadrilateral meeting of Russia, the United States, the European Union and Ukraine set for April 17 in Geneva.",
          "\"The Russian side once again stressed that the crisis can only be overcome through a broad national dialogue with the participation of all regions of Ukraine,\" the ministry said.",
          "Kerry raised the issue of the reported presence of Russian servicemen in eastern Ukraine. Lavrov replied that such claims were groundless and that Moscow had no plans to send troops across the border.",
          "The two ministers also touched on the preparations for the Geneva meeting, which Lavrov is expected to attend in person.",
      ],
      chrome="tass", kind="same_template_other_event", hard_with="tass_0302_2014",
      dups=[("light_edit", {"edits": [("on Saturday, the Russian", "on Saturday, according to the Russian"),
                                      ("at the initiative of the American side", "on the initiative of the US side"),
                                      ("is expected to attend in person", "is expected to attend")]}),
            ("reprint_dropped_headline", {"chrome": "plain"})])

story(key="tass_0717_2014", source="tass.com", lang="en", published="2014-07-18T01:10:00+04:00",
      url="https://tass.com/world/741288",
      title="Lavrov, Kerry discuss Malaysian airliner crash in Ukraine by phone",
      sub="The ministers agreed that an independent international investigation is needed",
      cap="Debris of the Malaysia Airlines Boeing 777 near Grabovo, Donetsk region", credit="Alexander Ermochenko/TASS",
      paras=[
          "MOSCOW, July 18. /TASS/. Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State John Kerry spoke by telephone late on Thursday about the crash of a Malaysia Airlines Boeing 777 in the Donetsk region of Ukraine, the Russian Foreign Ministry said.",
          "The airliner, flying from Amsterdam to Kuala Lumpur with 298 people on board, came down near the village of Grabovo in an area controlled by militias.",
          "\"The ministers agreed that all the circumstances of the tragedy must be established through a thorough and independent international investigation under the aegis of the International Civil Aviation Organisation,\" the ministry said.",
          "Lavrov stressed the need for an immediate ceasefire so that experts could reach the crash site safely. He also drew Kerry's attention to the continued shelling of residential areas of Luhansk and Donetsk by the Ukrainian army.",
          "Earlier on Thursday President Vladimir Putin said that the tragedy would not have happened if the military operation in south-eastern Ukraine had not been resumed on June 30.",
      ],
      chrome="tass", kind="same_template_other_event", hard_with="tass_0412_2014",
      dups=[("correction", {"edits": [("298 people", "295 people")]}),
            ("truncated_copy", {"frac": 0.65, "chrome": "aggregator"})])

story(key="tass_0210_2015", source="tass.com", lang="en", published="2015-02-10T22:40:00+03:00",
      url="https://tass.com/world/776512",
      title="Lavrov, Kerry discuss Ukraine by phone on eve of Minsk summit",
      sub="The Russian minister urged Washington to encourage Kiev to stop shelling Donbass towns",
      cap="Russian Foreign Minister Sergey Lavrov", credit="Valery Sharifulin/TASS",
      paras=[
          "MOSCOW, February 10. /TASS/. Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State John Kerry discussed the situation in eastern Ukraine by telephone on Tuesday, on the eve of the Normandy Four summit in Minsk, the Russian Foreign Ministry said.",
          "According to the ministry, the conversation was held at the initiative of the American side. Lavrov briefed Kerry on the intensive consultations among Russian, German, French and Ukrainian experts who were preparing documents for the summit.",
          "\"Sergey Lavrov called on the American side to use its influence on Kiev to stop the shelling of residential areas and to start a direct dialogue with representatives of Donetsk and Luhansk,\" the ministry said.",
          "The Russian minister also expressed concern over statements in Washington about possible deliveries of lethal weapons to Ukraine, saying such a step would only escalate the conflict.",
          "The leaders of Russia, Germany, France and Ukraine are to meet in the Belarusian capital on Wednesday.",
      ],
      chrome="tass", kind="same_template_other_event", hard_with="tass_0717_2014",
      dups=[("rescrape_other_chrome", {"chrome": "tass_mobile"}),
            ("light_edit", {"edits": [("on the eve of the Normandy Four summit in Minsk", "a day before the Normandy Four summit in Minsk"),
                                      ("lethal weapons", "lethal arms")]})])

story(key="tass_0512_2015", source="tass.com", lang="en", published="2015-05-12T20:15:00+03:00",
      url="https://tass.com/world/794502",
      title="Lavrov, Kerry discuss Yemen, Iran by phone ahead of Sochi talks",
      sub="The ministers welcomed the five-day humanitarian pause in Yemen",
      cap="", credit="",
      paras=[
          "MOSCOW, May 12. /TASS/. Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State John Kerry discussed the humanitarian situation in Yemen and the talks on Iran's nuclear programme in a telephone conversation on Tuesday, the Russian Foreign Ministry said.",
          "The ministers welcomed the five-day humanitarian ceasefire in Yemen that is due to start later in the day and stressed that all parties must use it to deliver food, medicines and fuel to the civilian population.",
          "\"The sides noted the importance of reaching a comprehensive agreement on the Iranian nuclear programme by the June 30 deadline,\" the ministry said in a statement.",
          "Kerry is due to arrive in Sochi later on Tuesday, where he will hold talks with Lavrov and meet President Vladimir Putin. It will be his first visit to Russia since the start of the Ukrainian crisis.",
      ],
      chrome="tass", kind="same_template_other_event", hard_with="tass_0210_2015",
      dups=[("reprint_dropped_headline", {"chrome": "plain"})])

story(key="tass_0106_2016", source="tass.com", lang="en", published="2016-01-07T00:30:00+03:00",
      url="https://tass.com/politics/848113",
      title="Lavrov, Kerry discuss North Korea's nuclear test by phone",
      sub="The ministers agreed to coordinate steps at the UN Security Council",
      cap="Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State John Kerry (archive)", credit="AP Photo/Brendan Smialowski",
      paras=[
          "MOSCOW, January 7. /TASS/. Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State John Kerry have discussed the nuclear test carried out by North Korea on Wednesday, the Russian Foreign Ministry said.",
          "\"The ministers expressed serious concern over Pyongyang's actions, which violate the resolutions of the UN Security Council, and agreed to coordinate their steps in the Security Council,\" the ministry said in a statement issued after the telephone conversation.",
          "Lavrov called for restraint and warned against any steps that could lead to a further escalation of tension on the Korean Peninsula. He said the six-party talks remained the only way to resolve the nuclear problem.",
          "The sides also discussed the preparations for the talks between the Syrian government and the opposition, which are planned to begin in Geneva on January 25, and the worsening relations between Saudi Arabia and Iran.",
          "North Korea said on Wednesday that it had successfully tested a hydrogen bomb. Experts in Seoul and Washington doubted the claim, saying the yield of the explosion was too small.",
      ],
      chrome="tass", kind="same_template_other_event", hard_with="tass_0512_2015",
      dups=[("correction", {"edits": [("January 25", "January 29")]}),
            ("rescrape_other_chrome", {"chrome": "tass_mobile"})])

story(key="tass_0216_2016", source="tass.com", lang="en", published="2016-02-16T18:45:00+03:00",
      url="https://tass.com/politics/856421",
      title="Lavrov, Kerry discuss Munich agreements on Syria by phone",
      sub="The top diplomats focused on humanitarian deliveries to besieged towns",
      cap="Sergey Lavrov and John Kerry at the Munich meeting of the International Syria Support Group", credit="EPA/ANDREAS GEBERT",
      paras=[
          "MOSCOW, February 16. /TASS/. Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State John Kerry discussed in a telephone conversation on Tuesday the implementation of the agreements reached in Munich by the International Syria Support Group, the Russian Foreign Ministry said.",
          "\"The sides discussed practical steps to deliver humanitarian aid to the besieged towns and to prepare the cessation of hostilities, in line with the decisions taken in Munich on February 12,\" the ministry said.",
          "Lavrov stressed that the fight against the Islamic State and Jabhat al-Nusra must continue regardless of any ceasefire and that these groups must not be allowed to use a pause to regroup.",
          "The ministers also discussed the situation on the Syrian-Turkish border, where Turkish artillery has been shelling Kurdish positions for several days.",
          BG_ISSG,
          BG_AIRSTRIKES,
      ],
      chrome="tass", kind="same_template_other_event", hard_with="tass_0106_2016",
      dups=[("light_edit", {"edits": [("discussed in a telephone conversation on Tuesday", "discussed by phone on Tuesday"),
                                      ("for several days", "for the past several days"),
                                      ("must not be allowed to use a pause", "should not be allowed to use any pause")]}),
            ("truncated_copy", {"frac": 0.6, "chrome": "aggregator"})])

story(key="tass_0424_2016", source="tass.com", lang="en", published="2016-04-24T21:00:00+03:00",
      url="https://tass.com/politics/872247",
      title="Lavrov, Kerry discuss truce violations in Aleppo by phone",
      sub="The Russian minister called for sealing the Syrian-Turkish border to stop supplies to militants",
      cap="Aleppo, Syria", credit="AP Photo/Alexander Kots, Komsomolskaya Pravda",
      paras=[
          "MOSCOW, April 24. /TASS/. Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State John Kerry have discussed by telephone the growing number of ceasefire violations in the Aleppo area, the Russian Foreign Ministry said on Sunday.",
          "\"Sergey Lavrov drew attention to the continued supplies of weapons and fighters to Jabhat al-Nusra across the Turkish border, which encourage the terrorists to attack government forces and residential areas,\" the ministry said.",
          "The ministers agreed that the Russian and American military should step up their work in the monitoring centres in Hmeymim and Amman to prevent a breakdown of the truce.",
          "The call was initiated by the U.S. side.",
          BG_CEASEFIRE,
          BG_AIRSTRIKES,
      ],
      chrome="tass", kind="same_template_other_event", hard_with="tass_0216_2016",
      dups=[("reprint_dropped_headline", {"chrome": "plain"}),
            ("truncated_copy", {"frac": 0.75, "chrome": "aggregator"})])

story(key="tass_0515_2016", source="tass.com", lang="en", published="2016-05-15T16:20:00+03:00",
      url="https://tass.com/politics/875623",
      title="Lavrov, Kerry discuss Vienna meeting of Syria support group by phone",
      sub="The ministers agreed on the agenda of the ISSG ministerial on May 17",
      cap="", credit="",
      paras=[
          "MOSCOW, May 15. /TASS/. Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State John Kerry in a telephone conversation on Sunday discussed the preparations for the ministerial meeting of the International Syria Support Group in Vienna on May 17, the Russian Foreign Ministry reported.",
          "\"The ministers coordinated the agenda of the meeting, focusing on strengthening the regime of cessation of hostilities and on access for humanitarian convoys to all areas in need,\" the ministry said.",
          "Lavrov once again raised the need to separate the moderate opposition units from the positions of Jabhat al-Nusra, which continue to shell Aleppo's residential districts.",
          "The ministers also touched upon the settlement in Libya, which will be discussed at a separate meeting in Vienna on Monday.",
          BG_CEASEFIRE,
          BG_ISSG,
      ],
      chrome="tass", kind="same_template_other_event", hard_with="tass_0424_2016",
      dups=[("rescrape_other_chrome", {"chrome": "tass_mobile"}),
            ("correction", {"edits": [("on May 17", "on May 18")], "title": ("May 17", "May 18")})])

story(key="tass_0714_2016", source="tass.com", lang="en", published="2016-07-14T23:50:00+03:00",
      url="https://tass.com/politics/888120",
      title="Lavrov, Kerry discuss joint action against terrorists in Syria during Moscow talks",
      sub="Kerry arrived in Moscow on Thursday for talks with Putin and Lavrov",
      cap="U.S. Secretary of State John Kerry and Russian Foreign Minister Sergey Lavrov", credit="Sergei Karpukhin/Pool Photo via AP",
      paras=[
          "MOSCOW, July 15. /TASS/. Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State John Kerry have started talks in Moscow on coordinating the actions of the two countries against terrorists in Syria, a source in the Russian delegation told TASS.",
          "Kerry arrived in the Russian capital on Thursday and held talks with President Vladimir Putin in the Kremlin that lasted more than three hours. Negotiations with Lavrov began on Friday morning at the Foreign Ministry's mansion on Spiridonovka Street.",
          "According to the source, the sides are discussing a possible joint implementation group of Russian and American military specialists that would choose targets of the Islamic State and Jabhat al-Nusra.",
          "Before the talks Lavrov said Moscow expected Washington to deliver on its promise to separate the opposition groups it supports from the terrorists.",
          BG_CEASEFIRE,
      ],
      chrome="tass", kind="release_call_vs_meeting", hard_with="tass_0515_2016",
      dups=[("light_edit", {"edits": [("that lasted more than three hours", "which lasted over three hours"),
                                      ("told TASS", "told TASS on Friday")]})])

story(key="tass_0925_2016", source="tass.com", lang="en", published="2016-09-25T15:40:00+03:00",
      url="https://tass.com/politics/902118",
      title="Lavrov, Kerry discuss Syria settlement by phone after Security Council row",
      sub="Lavrov insisted that the Russian-U.S. agreements of September 9 must be implemented in full",
      cap="Russian Foreign Minister Sergey Lavrov", credit="Mikhail Japaridze/TASS",
      paras=[
          "MOSCOW, September 25. /TASS/. Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State John Kerry held a telephone conversation on Sunday at the initiative of the American side, discussing the situation around Aleppo, the Russian Foreign Ministry said.",
          "\"Sergey Lavrov stressed that the Russian-American agreements of September 9 must be carried out in full, including the separation of the opposition from Jabhat al-Nusra, which Washington has failed to ensure,\" the ministry said.",
          "Kerry, according to the ministry, expressed concern over the intensive air strikes on the eastern districts of Aleppo. Lavrov replied that the militants had used the week of calm to regroup and that the U.S.-led coalition's strike on Syrian army positions near Deir ez-Zor on September 17 had undermined the truce.",
          "The ministers agreed to continue contacts.",
          BG_AIRSTRIKES,
      ],
      chrome="tass", kind="same_template_other_event", hard_with="tass_0424_2016",
      dups=[("truncated_copy", {"frac": 0.8, "chrome": "aggregator"}),
            ("reprint_dropped_headline", {"chrome": "plain"})])

story(key="tass_1016_2016", source="tass.com", lang="en", published="2016-10-16T23:15:00+03:00",
      url="https://tass.com/politics/906455",
      title="Lavrov, Kerry meet in Lausanne on Syria with regional ministers",
      sub="The meeting brought together the foreign ministers of Saudi Arabia, Turkey, Iran, Qatar, Egypt, Iraq and Jordan",
      cap="Participants of the Lausanne meeting on Syria", credit="EPA/JEAN-CHRISTOPHE BOTT",
      paras=[
          "LAUSANNE, October 15. /TASS/. Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State John Kerry met in the Swiss city of Lausanne on Saturday together with the top diplomats of seven countries of the region to seek a way out of the Syrian crisis.",
          "The meeting at the Beau-Rivage Palace hotel lasted about four and a half hours. Lavrov told reporters afterwards that the participants had put forward several interesting ideas, which would be worked out in the coming days.",
          "\"We agreed to continue contacts in the near future. There were some interesting ideas, and we agreed on how they will be further developed,\" Lavrov said.",
          "The minister stressed that Moscow's position remained unchanged: the separation of the moderate opposition from Jabhat al-Nusra fighters in eastern Aleppo had to come first.",
      ],
      chrome="tass", kind="next_day_followup", hard_with="tass_0925_2016",
      dups=[("rescrape_other_chrome", {"chrome": "tass_mobile"})])

# ---- TASS, English: next-day follow-ups ---------------------------------

story(key="tass_0303_2014_followup", source="tass.com", lang="en", published="2014-03-03T13:00:00+04:00",
      url="https://tass.com/world/721420",
      title="Lavrov to meet Kerry in Paris on Wednesday - Foreign Ministry",
      sub="The meeting will take place on the sidelines of the international support group for Lebanon",
      cap="", credit="",
      paras=[
          "MOSCOW, March 3. /TASS/. Russian Foreign Minister Sergey Lavrov will meet U.S. Secretary of State John Kerry in Paris on March 5, a day after their telephone conversation on Ukraine, the Russian Foreign Ministry spokesman said on Monday.",
          "The meeting will be held on the sidelines of a ministerial session of the international support group for Lebanon. Lavrov also plans to meet the foreign ministers of France and Germany.",
          "\"The situation in Ukraine will certainly be at the centre of the talks,\" the spokesman said, adding that Moscow expected its partners to insist on the implementation of the February 21 agreement.",
          "On Sunday Lavrov told Kerry that Moscow would protect the interests of its citizens in Crimea.",
      ],
      chrome="tass", kind="next_day_followup", hard_with="tass_0302_2014",
      dups=[("truncated_copy", {"frac": 0.75, "chrome": "aggregator"})])

story(key="tass_0107_2016_followup", source="tass.com", lang="en", published="2016-01-08T12:30:00+03:00",
      url="https://tass.com/politics/848360",
      title="Russia wants balanced UN response to North Korea test - diplomat",
      sub="Russia's Deputy Foreign Minister said new sanctions must not hurt the civilian population",
      cap="", credit="",
      paras=[
          "MOSCOW, January 8. /TASS/. Russia will back a response of the UN Security Council to North Korea's nuclear test, but any new sanctions must not hit ordinary North Koreans, Deputy Foreign Minister Igor Morgulov told TASS on Friday.",
          "\"We are ready to work on a draft resolution, but the measures must be aimed at the nuclear and missile programmes, not at the population,\" Morgulov said.",
          "He recalled that Foreign Minister Sergey Lavrov and U.S. Secretary of State John Kerry had agreed by phone on Wednesday night to coordinate their steps in the Security Council.",
          "The diplomat said that Moscow was in close contact with Beijing, Seoul and Tokyo and that the six-party format should be revived as soon as possible.",
      ],
      chrome="tass", kind="next_day_followup", hard_with="tass_0106_2016",
      dups=[])

story(key="tass_0425_2016_followup", source="tass.com", lang="en", published="2016-04-25T15:10:00+03:00",
      url="https://tass.com/politics/872395",
      title="Russian military records 10 truce violations in Syria over past day",
      sub="Most of the violations were recorded in Aleppo and Latakia provinces",
      cap="", credit="",
      paras=[
          "MOSCOW, April 25. /TASS/. The Russian Center for reconciliation of opposing sides in Syria has registered ten violations of the cessation of hostilities in the past 24 hours, a day after Foreign Minister Sergey Lavrov and U.S. Secretary of State John Kerry discussed the situation by telephone.",
          "According to the centre's daily bulletin, six of the violations were recorded in Aleppo province, three in Latakia and one in Damascus. Most of the attacks were carried out by Jabhat al-Nusra fighters, the bulletin said.",
          "The centre said that the number of settlements that had joined the ceasefire had risen to 94, and that two more armed groups had signed agreements on ending hostilities.",
          BG_CEASEFIRE,
      ],
      chrome="tass", kind="next_day_followup", hard_with="tass_0424_2016",
      dups=[("rescrape_other_chrome", {"chrome": "tass_mobile"})])

# ---- Russian foreign ministry, English: press releases -----------------

story(key="mid_0302_2014", source="mid.ru", lang="en", published="2014-03-02T18:00:00+04:00",
      url="https://www.mid.ru/en/press_service/minister_speeches/-/asset_publisher/70702",
      title="Press release on Foreign Minister Sergey Lavrov's telephone conversation with US Secretary of State John Kerry",
      paras=[
          "On 2 March, Foreign Minister Sergey Lavrov had a telephone conversation with US Secretary of State John Kerry.",
          "The two officials continued their exchange of views on the situation in Ukraine. Sergey Lavrov pointed out that the agreement of 21 February, signed in the presence of the foreign ministers of Germany, France and Poland, had been trampled by the opposition, and that the ultranationalists who now control the streets of Kiev threaten the Russian-speaking population of the eastern regions and Crimea.",
          "The Minister stressed that Russia would not ignore requests for protection from its citizens and compatriots. He called on the United States to use its influence on the new authorities in Kiev so that they disarm the illegal armed groups and start a national dialogue involving all the regions.",
          "The parties agreed to continue their contacts, including a meeting in Paris.",
      ],
      chrome="mid", kind="same_event_other_outlet", hard_with="tass_0302_2014",
      dups=[("copy_in_other_chrome", {"chrome": "embassy_uk"})])

story(key="mid_0210_2015", source="mid.ru", lang="en", published="2015-02-10T21:30:00+03:00",
      url="https://www.mid.ru/en/press_service/minister_speeches/-/asset_publisher/95541",
      title="Press release on Foreign Minister Sergey Lavrov's telephone conversation with US Secretary of State John Kerry",
      paras=[
          "On 10 February, Foreign Minister Sergey Lavrov spoke by telephone with US Secretary of State John Kerry at the latter's request.",
          "The focus was on the crisis in southeast Ukraine ahead of the Normandy format summit in Minsk. Sergey Lavrov informed his counterpart of the joint efforts by Russia, Germany and France to help the Ukrainian parties agree on a comprehensive package of measures, and stressed that the key was a direct dialogue between Kiev and Donetsk and Lugansk.",
          "The Russian Minister warned that plans to supply lethal weapons to Kiev would be a direct violation of the understandings reached and would encourage those who seek a military solution.",
          "The officials also discussed the Iranian nuclear programme and the situation in the Middle East.",
      ],
      chrome="mid", kind="same_template_other_event", hard_with="mid_0302_2014",
      dups=[("copy_in_other_chrome", {"chrome": "blog"})])

story(key="mid_0106_2016", source="mid.ru", lang="en", published="2016-01-07T01:00:00+03:00",
      url="https://www.mid.ru/en/press_service/minister_speeches/-/asset_publisher/2005877",
      title="Press release on Foreign Minister Sergey Lavrov's telephone conversation with US Secretary of State John Kerry",
      paras=[
          "On 6 January, Foreign Minister Sergey Lavrov had a telephone conversation with US Secretary of State John Kerry, initiated by the US side.",
          "The Ministers exchanged views on the situation on the Korean Peninsula following the announcement by the DPRK of a test of a nuclear explosive device. They expressed serious concern over this development, which contradicts UN Security Council resolutions, and agreed to coordinate their approaches in the Council.",
          "Sergey Lavrov underscored the need to avoid steps that could lead to a further escalation and reaffirmed Russia's commitment to a political and diplomatic settlement within the framework of the six-party talks.",
          "The parties also discussed the preparations for the launch of intra-Syrian negotiations in Geneva and the tension between Riyadh and Tehran.",
      ],
      chrome="mid", kind="same_template_other_event", hard_with="mid_0210_2015",
      dups=[("rescrape_other_chrome", {"chrome": "mid_print"})])

story(key="mid_0424_2016", source="mid.ru", lang="en", published="2016-04-24T22:00:00+03:00",
      url="https://www.mid.ru/en/press_service/minister_speeches/-/asset_publisher/2242155",
      title="Press release on Foreign Minister Sergey Lavrov's telephone conversation with US Secretary of State John Kerry",
      paras=[
          "On 24 April, Foreign Minister Sergey Lavrov had a telephone conversation with US Secretary of State John Kerry at the US side's initiative.",
          "The Ministers focused on the situation in Syria, where the cessation of hostilities is being undermined by the provocative actions of Jabhat al-Nusra in Aleppo province. Sergey Lavrov emphasised that the flow of weapons and militants into Syria through the Turkish border must be stopped.",
          "The parties agreed on the need for closer cooperation between the Russian and US military to strengthen the ceasefire regime and to deliver humanitarian aid to all those in need.",
          "The Ministers also discussed the next round of intra-Syrian talks under the auspices of the UN in Geneva.",
      ],
      chrome="mid", kind="same_template_other_event", hard_with="mid_0106_2016",
      dups=[("truncated_copy", {"frac": 0.7, "chrome": "aggregator"})])

story(key="mid_0925_2016", source="mid.ru", lang="en", published="2016-09-25T17:00:00+03:00",
      url="https://www.mid.ru/en/press_service/minister_speeches/-/asset_publisher/2466780",
      title="Press release on Foreign Minister Sergey Lavrov's telephone conversation with US Secretary of State John Kerry",
      paras=[
          "On 25 September, Foreign Minister Sergey Lavrov held a telephone conversation with US Secretary of State John Kerry at the request of the US side.",
          "The two officials discussed the situation in Syria, including in Aleppo. Sergey Lavrov stressed that the Russian-US arrangements of 9 September must be implemented in their entirety, above all the separation of the so-called moderate opposition from Jabhat al-Nusra, which the US had committed to achieve.",
          "The Minister also pointed out that the strike by the US-led coalition on the Syrian army near Deir ez-Zor had dealt a serious blow to the ceasefire.",
          "It was agreed to continue contacts.",
      ],
      chrome="mid", kind="same_template_other_event", hard_with="mid_0424_2016",
      dups=[("copy_in_other_chrome", {"chrome": "embassy_us"})])

story(key="mid_meet_0305_2014", source="mid.ru", lang="en", published="2014-03-05T20:00:00+04:00",
      url="https://www.mid.ru/en/press_service/minister_speeches/-/asset_publisher/70844",
      title="Press release on Foreign Minister Sergey Lavrov's meeting with US Secretary of State John Kerry",
      paras=[
          "On 5 March, Foreign Minister Sergey Lavrov met with US Secretary of State John Kerry in Paris on the sidelines of the ministerial meeting of the International Support Group for Lebanon.",
          "The Ministers had a detailed discussion of the situation in Ukraine. Sergey Lavrov set out Russia's assessments of the events in Kiev and in Crimea and stressed that the priority was to ensure the security of all citizens, regardless of the language they speak.",
          "The Russian Minister rejected attempts to present the situation as a conflict between Russia and Ukraine and proposed that the West make use of its contacts with those who now claim to be in power in Kiev.",
          "The parties agreed to continue their dialogue.",
      ],
      chrome="mid", kind="release_call_vs_meeting", hard_with="mid_0302_2014",
      dups=[("copy_in_other_chrome", {"chrome": "embassy_uk"})])

story(key="mid_meet_0715_2016", source="mid.ru", lang="en", published="2016-07-15T23:00:00+03:00",
      url="https://www.mid.ru/en/press_service/minister_speeches/-/asset_publisher/2357741",
      title="Press release on Foreign Minister Sergey Lavrov's meeting with US Secretary of State John Kerry",
      paras=[
          "On 15 July, Foreign Minister Sergey Lavrov held talks in Moscow with US Secretary of State John Kerry, who was in Russia on a working visit.",
          "The talks, which lasted more than twelve hours, focused on the coordination of Russian and US efforts to fight terrorism in Syria and on the political process. The Ministers agreed on concrete steps that, if implemented in good faith, would help restore the cessation of hostilities and fight the Islamic State and Jabhat al-Nusra more effectively.",
          "The parties also discussed the situation in Ukraine, including the implementation of the Minsk Agreements, as well as several bilateral issues.",
      ],
      chrome="mid", kind="release_call_vs_meeting", hard_with="mid_0424_2016",
      dups=[])

story(key="mid_meet_0209_2015", source="mid.ru", lang="en", published="2015-02-07T19:00:00+03:00",
      url="https://www.mid.ru/en/press_service/minister_speeches/-/asset_publisher/95310",
      title="Press release on Foreign Minister Sergey Lavrov's meeting with US Secretary of State John Kerry",
      paras=[
          "On 7 February, Foreign Minister Sergey Lavrov met with US Secretary of State John Kerry on the sidelines of the Munich Security Conference.",
          "The two officials discussed the crisis in Ukraine. Sergey Lavrov urged the US side to encourage Kiev to abandon attempts to resolve the conflict by force and to start a dialogue with Donetsk and Lugansk on all aspects of the settlement, including constitutional reform.",
          "The Ministers also exchanged views on the talks on the Iranian nuclear programme, the situation in Syria and Libya, and preparations for the next round of Russian-US consultations on strategic stability.",
      ],
      chrome="mid", kind="release_call_vs_meeting", hard_with="mid_0210_2015",
      dups=[("rescrape_other_chrome", {"chrome": "mid_print"})])

# ---- Sputnik, English: the same calls, other wording ---------------------

story(key="sputnik_0424_2016", source="sputniknews.com", lang="en", published="2016-04-24T20:41:00+03:00",
      url="https://sputniknews.com/politics/201604241038603412-lavrov-kerry-aleppo/",
      title="Lavrov, Kerry Discuss Ceasefire Breaches Around Aleppo by Phone",
      sub="Russian Foreign Minister Sergei Lavrov and US Secretary of State John Kerry discussed violations of the Syrian truce in a phone call on Sunday, the Russian Foreign Ministry said.",
      cap="Russian Foreign Minister Sergei Lavrov (R) and US Secretary of State John Kerry during a meeting in Moscow, March 24, 2016", credit="AFP 2016 / POOL / ALEXANDER NEMENOV",
      paras=[
          "MOSCOW (Sputnik) — Russian Foreign Minister Sergei Lavrov and US Secretary of State John Kerry on Sunday discussed a surge in violations of the cessation of hostilities near the Syrian city of Aleppo, the Russian Foreign Ministry said.",
          "According to the ministry, Lavrov told his US counterpart that al-Nusra Front militants keep receiving arms and reinforcements through the Turkish border, which allows them to launch new attacks on Syrian troops.",
          "Both diplomats stressed the importance of closer interaction between Russian and US military experts in Geneva and Amman, where the two countries monitor the truce.",
          "The phone conversation was held at Washington's request.",
      ],
      chrome="sputnik", kind="same_event_other_outlet", hard_with="tass_0424_2016",
      dups=[("rescrape_other_chrome", {"chrome": "sputnik_amp"})])

story(key="sputnik_0925_2016", source="sputniknews.com", lang="en", published="2016-09-25T16:55:00+03:00",
      url="https://sputniknews.com/politics/201609251045717921-lavrov-kerry-phone-call/",
      title="Lavrov Tells Kerry US Failed to Separate Moderate Rebels From Terrorists",
      sub="Russian Foreign Minister Sergei Lavrov told US Secretary of State John Kerry on Sunday that Washington had not fulfilled its obligations under the September 9 deal on Syria.",
      cap="Syrian army soldiers in Aleppo", credit="Sputnik / Mikhail Voskresenskiy",
      paras=[
          "MOSCOW (Sputnik) — Lavrov and Kerry held a phone conversation on Sunday at the initiative of the US side, the Russian Foreign Ministry said in a statement.",
          "The Russian top diplomat pointed out that Washington had not delivered on its key commitment under the Russian-US deal reached in Geneva on September 9, namely the separation of the opposition it backs from the terrorists of Jabhat Fatah al-Sham, formerly known as al-Nusra Front.",
          "Lavrov also noted that the US-led coalition's airstrike on Syrian government troops near the city of Deir ez-Zor had seriously damaged the ceasefire, according to the statement.",
          "The ministry said Kerry raised the issue of civilian casualties in eastern Aleppo.",
          "The Geneva deal provided for a seven-day period of calm, after which Russia and the United States were to set up a joint center to coordinate strikes against terrorists.",
      ],
      chrome="sputnik", kind="same_event_other_outlet", hard_with="tass_0925_2016",
      dups=[("reprint_dropped_headline", {"chrome": "plain"})])

story(key="sputnik_0216_2016", source="sputniknews.com", lang="en", published="2016-02-16T19:30:00+03:00",
      url="https://sputniknews.com/politics/201602161034973120-lavrov-kerry-munich-syria/",
      title="Lavrov, Kerry Discuss Implementation of Munich Deal on Syria",
      sub="The Russian and US top diplomats held a phone conversation on Tuesday, the Russian Foreign Ministry said.",
      cap="US Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov in Munich", credit="AFP 2016 / CHRISTOF STACHE",
      paras=[
          "MOSCOW (Sputnik) — Russian Foreign Minister Sergei Lavrov and US Secretary of State John Kerry discussed on Tuesday how to carry out the decisions of the International Syria Support Group adopted last week in Munich, the Russian Foreign Ministry said.",
          "The ministry said the talks focused on humanitarian access to besieged Syrian towns and on the terms of a nationwide cessation of hostilities that the ISSG hopes to reach within a week.",
          "Lavrov reiterated that the truce would not cover the Islamic State and the Nusra Front, and that strikes against them would go on.",
          "The two ministers also touched on the escalation on the Syrian-Turkish border.",
      ],
      chrome="sputnik", kind="same_event_other_outlet", hard_with="tass_0216_2016",
      dups=[("light_edit", {"edits": [("discussed on Tuesday how to carry out", "on Tuesday discussed how to implement"),
                                      ("would go on", "would continue")]})])

story(key="sputnik_0106_2016", source="sputniknews.com", lang="en", published="2016-01-07T00:50:00+03:00",
      url="https://sputniknews.com/politics/201601071032744801-lavrov-kerry-dprk/",
      title="Lavrov, Kerry Agree to Coordinate UNSC Steps on N Korea Nuclear Test",
      sub="Russia and the United States will coordinate their steps at the UN Security Council in response to North Korea's nuclear test, the Russian Foreign Ministry said.",
      cap="", credit="",
      paras=[
          "MOSCOW (Sputnik) — Russian Foreign Minister Sergei Lavrov and US Secretary of State John Kerry agreed in a phone call on Wednesday to coordinate their actions at the UN Security Council after Pyongyang announced a hydrogen bomb test.",
          "According to the Russian Foreign Ministry, both diplomats voiced serious concern about the test, which breaches several Security Council resolutions.",
          "Lavrov urged all parties to show restraint and to avoid an escalation on the Korean Peninsula.",
          "Earlier on Wednesday, Russian President Vladimir Putin's spokesman said that the Kremlin was concerned about the reports of the test.",
      ],
      chrome="sputnik", kind="same_event_other_outlet", hard_with="tass_0106_2016",
      dups=[])

story(key="sputnik_0302_2014", source="sputniknews.com", lang="en", published="2014-03-02T19:15:00+04:00",
      url="https://sputniknews.com/russia/20140302187950217-lavrov-kerry-ukraine/",
      title="Lavrov, Kerry Hold Second Phone Call on Ukraine in Three Days",
      sub="",
      cap="", credit="",
      paras=[
          "MOSCOW, March 2 (RIA Novosti) — Russia's Foreign Minister Sergei Lavrov told US Secretary of State John Kerry in a telephone conversation on Sunday that Moscow would defend its compatriots in Ukraine, the ministry said.",
          "Lavrov said the February 21 deal between former President Viktor Yanukovych and the opposition had been ignored by those who took power in Kiev, the statement said.",
          "Kerry voiced concern over the situation in Crimea, where the Russian Black Sea Fleet is based. Lavrov replied that the fleet was acting within the bilateral agreements with Ukraine.",
          "The two top diplomats are expected to meet in Paris later this week.",
      ],
      chrome="sputnik", kind="same_event_other_outlet", hard_with="tass_0302_2014",
      dups=[("rescrape_other_chrome", {"chrome": "sputnik_amp"})])

# ---- Reuters, English ---------------------------------------------------

story(key="reuters_0424_2016", source="reuters.com", lang="en", published="2016-04-24T19:12:00+00:00",
      url="https://www.reuters.com/article/us-mideast-crisis-syria-russia-idUSKCN0XL0F3",
      title="Russia's Lavrov, Kerry discuss Syria truce in phone call: ministry",
      paras=[
          "MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry discussed the situation in Syria by telephone on Sunday, the Russian Foreign Ministry said, as fighting around Aleppo threatened to unravel a two-month-old truce.",
          "Lavrov urged Washington to press Turkey to close its border to militants and weapons, the ministry said in a statement, while both men backed closer contacts between their militaries to shore up the ceasefire.",
          "The U.S. State Department did not immediately comment on the call.",
          "Peace talks in Geneva have stalled after the main opposition bloc suspended its formal participation last week, citing government violations of the truce.",
      ],
      chrome="reuters", kind="same_event_other_outlet", hard_with="sputnik_0424_2016",
      dups=[("reprint_dropped_headline", {"chrome": "plain"})])

story(key="reuters_0106_2016", source="reuters.com", lang="en", published="2016-01-06T22:40:00+00:00",
      url="https://www.reuters.com/article/us-northkorea-nuclear-russia-idUSKBN0UK2BT",
      title="Russia, U.S. agree to coordinate U.N. response to North Korea test: Moscow",
      paras=[
          "MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry agreed on Wednesday to coordinate their response at the United Nations Security Council to North Korea's fourth nuclear test, Russia's Foreign Ministry said.",
          "The two spoke by telephone hours after Pyongyang said it had tested a miniaturised hydrogen bomb, a claim met with scepticism by U.S. and South Korean officials.",
          "Lavrov called for restraint by all sides, the ministry said. Russia, a veto-wielding Council member, has traditionally been reluctant to back tough new sanctions on North Korea.",
          "The Security Council condemned the test at an emergency meeting earlier on Wednesday and said it would begin work on new measures.",
      ],
      chrome="reuters", kind="same_event_other_outlet", hard_with="sputnik_0106_2016",
      dups=[("correction", {"edits": [("fourth nuclear test", "third nuclear test")]})])

story(key="reuters_0302_2014", source="reuters.com", lang="en", published="2014-03-02T16:05:00+00:00",
      url="https://www.reuters.com/article/us-ukraine-crisis-lavrov-idUSBREA2108Z20140302",
      title="Russia's Lavrov tells Kerry Moscow will protect its interests in Ukraine",
      paras=[
          "MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov told U.S. Secretary of State John Kerry on Sunday that Moscow would defend its interests and the rights of Russian speakers in Ukraine, the Foreign Ministry said, as Western powers warned Russia against military intervention.",
          "In a telephone call, Lavrov said the opposition that took power in Kiev had broken a February 21 agreement on ending the political crisis, according to a ministry statement.",
          "Kerry was expected to travel to Kiev on Tuesday, a State Department official said.",
          "Russian forces have taken control of the Crimean peninsula without firing a shot, and Russia's upper house of parliament on Saturday approved the use of troops in Ukraine.",
      ],
      chrome="reuters", kind="same_event_other_outlet", hard_with="sputnik_0302_2014",
      dups=[("reprint_dropped_headline", {"chrome": "plain"}),
            ("light_edit", {"edits": [("as Western powers warned Russia against military intervention", "as Western powers warned Moscow against intervening militarily"),
                                      ("without firing a shot", "without a shot being fired")]})])

story(key="reuters_0925_2016", source="reuters.com", lang="en", published="2016-09-25T14:30:00+00:00",
      url="https://www.reuters.com/article/us-mideast-crisis-syria-russia-usa-idUSKCN11V0BK",
      title="Lavrov tells Kerry U.S. has not met its Syria commitments: RIA",
      paras=[
          "MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov told U.S. Secretary of State John Kerry in a telephone call on Sunday that Washington had failed to honour its commitments under a Syria ceasefire deal, Russia's Foreign Ministry said.",
          "The call came hours after the United States, Britain and France accused Russia at the U.N. Security Council of barbarism over the bombing of rebel-held eastern Aleppo.",
          "Lavrov said the United States had not separated moderate rebel groups from militants of the former Nusra Front, the ministry said in a statement.",
          "Kerry has said Washington is considering suspending bilateral contacts with Moscow on Syria.",
      ],
      chrome="reuters", kind="same_event_other_outlet", hard_with="sputnik_0925_2016",
      dups=[])

# ---- English: other actors, other topics ---------------------------------

story(key="tass_steinmeier_0210_2015", source="tass.com", lang="en", published="2015-02-09T23:10:00+03:00",
      url="https://tass.com/world/776380",
      title="Lavrov, Steinmeier discuss Ukraine by phone ahead of Minsk summit",
      sub="The ministers discussed the documents prepared for the Normandy Four meeting",
      cap="German Foreign Minister Frank-Walter Steinmeier", credit="EPA/MICHAEL KAPPELER",
      paras=[
          "MOSCOW, February 9. /TASS/. Russian Foreign Minister Sergey Lavrov and his German counterpart Frank-Walter Steinmeier discussed by telephone on Monday the preparations for the summit of the Normandy Four in Minsk, the Russian Foreign Ministry said.",
          "According to the ministry, the ministers reviewed the progress of the work on the documents that experts of the four countries had been drafting in Berlin since the weekend.",
          "\"The sides expressed hope that the summit would produce a result that would lead to a lasting ceasefire and a political settlement,\" the ministry said.",
          "Lavrov also drew Steinmeier's attention to the humanitarian situation in Debaltsevo, where civilians have been trapped by the fighting.",
      ],
      chrome="tass", kind="same_template_other_event", hard_with="tass_0210_2015",
      dups=[("rescrape_other_chrome", {"chrome": "tass_mobile"})])

story(key="tass_zarif_0707_2015", source="tass.com", lang="en", published="2015-07-07T17:35:00+03:00",
      url="https://tass.com/world/805560",
      title="Lavrov, Zarif discuss Iran nuclear talks in Vienna",
      sub="Lavrov said a deal was within reach but the arms embargo remained a stumbling block",
      cap="Russian Foreign Minister Sergey Lavrov and Iranian Foreign Minister Mohammad Javad Zarif", credit="EPA/CARLOS BARRIA/POOL",
      paras=[
          "VIENNA, July 7. /TASS/. Russian Foreign Minister Sergey Lavrov and his Iranian counterpart Mohammad Javad Zarif discussed the final stage of the talks on Iran's nuclear programme during a meeting in Vienna on Tuesday.",
          "Lavrov told reporters after the meeting that the negotiators had agreed on almost all technical issues and that the remaining questions were political.",
          "\"The most important thing now is the lifting of the arms embargo. We believe that it should be lifted together with the other sanctions,\" Lavrov said.",
          "The six international mediators and Iran have extended the deadline for a comprehensive agreement until July 10.",
      ],
      chrome="tass", kind="same_template_other_event", hard_with="tass_0512_2015",
      dups=[])

story(key="tass_grain_2016", source="tass.com", lang="en", published="2016-02-17T11:05:00+03:00",
      url="https://tass.com/economy/856590",
      title="Russia's grain exports up 7% since start of season",
      sub="Wheat accounted for more than three quarters of the shipments",
      cap="", credit="",
      paras=[
          "MOSCOW, February 17. /TASS/. Russia exported 24.6 million tonnes of grain between July 1, 2015, and February 15, 2016, up 7% on the same period a year earlier, the Agriculture Ministry said on Wednesday.",
          "Wheat exports reached 18.9 million tonnes, barley 3.4 million tonnes and corn 2.2 million tonnes. Egypt and Turkey remained the largest buyers of Russian wheat.",
          "The ministry kept its forecast for the whole season at 30 million tonnes. Analysts say the weak rouble has made Russian grain more competitive on world markets despite the export duty introduced last year.",
      ],
      chrome="tass", kind="original",
      dups=[("rescrape_other_chrome", {"chrome": "tass_mobile"}),
            ("correction", {"edits": [("3.4 million tonnes", "3.9 million tonnes")]})])

story(key="tass_metro_2016", source="tass.com", lang="en", published="2016-09-10T14:30:00+03:00",
      url="https://tass.com/society/899421",
      title="Moscow opens first stations of Central Circle railway",
      sub="The 54-kilometre ring line has 31 stations and links up with 11 metro lines",
      cap="A train of the Moscow Central Circle", credit="Sergei Fadeichev/TASS",
      paras=[
          "MOSCOW, September 10. /TASS/. Moscow has opened the Central Circle, a 54-kilometre railway ring with 31 stations that is integrated into the city's metro network, Mayor Sergei Sobyanin said on Saturday.",
          "Passengers can change from the ring to 11 metro lines and to several suburban railway lines. Travel on the new line will be free for the first month.",
          "\"This is the biggest transport project in the history of modern Moscow. It will take pressure off the central part of the metro, which is working at the limit of its capacity,\" Sobyanin said at the opening ceremony.",
          "The city expects the ring to carry about 75 million passengers in its first year. Trains will run every six minutes at peak hours.",
      ],
      chrome="tass", kind="original",
      dups=[("reprint_dropped_headline", {"chrome": "plain"}),
            ("truncated_copy", {"frac": 0.7, "chrome": "aggregator"})])

story(key="sputnik_kerry_visit_2016", source="sputniknews.com", lang="en", published="2016-03-23T21:00:00+03:00",
      url="https://sputniknews.com/politics/201603231036823015-kerry-moscow-visit/",
      title="Kerry Arrives in Moscow for Talks on Syria, Ukraine",
      sub="US Secretary of State John Kerry has arrived in Moscow for talks with Russian President Vladimir Putin and Foreign Minister Sergei Lavrov.",
      cap="US Secretary of State John Kerry", credit="AFP 2016 / POOL / EVAN VUCCI",
      paras=[
          "MOSCOW (Sputnik) — US Secretary of State John Kerry arrived in Moscow on Wednesday evening for two days of talks that are expected to focus on the Syrian peace process and the implementation of the Minsk agreements on Ukraine.",
          "Kerry will meet with Russian President Vladimir Putin and Foreign Minister Sergei Lavrov on Thursday, according to the State Department.",
          "The visit comes a week after Putin ordered the withdrawal of the main part of the Russian military contingent from Syria, a move Washington said it welcomed.",
          "Lavrov and Kerry last met in Munich in February, when the International Syria Support Group agreed on a cessation of hostilities.",
      ],
      chrome="sputnik", kind="original",
      dups=[("light_edit", {"edits": [("arrived in Moscow on Wednesday evening", "landed in Moscow late on Wednesday"),
                                      ("a move Washington said it welcomed", "a step welcomed by Washington")]})])

# ---- Russian ------------------------------------------------------------

story(key="tass_ru_0106_2016", source="tass.ru", lang="ru", published="2016-01-07T00:20:00+03:00",
      url="https://tass.ru/politika/2573390",
      title="Лавров и Керри обсудили по телефону ядерное испытание КНДР",
      sub="Министры договорились координировать действия в Совете Безопасности ООН",
      cap="Министр иностранных дел РФ Сергей Лавров", credit="Михаил Джапаридзе/ТАСС",
      paras=[
          "МОСКВА, 7 января. /ТАСС/. Министр иностранных дел России Сергей Лавров и госсекретарь США Джон Керри в ходе телефонного разговора обсудили ситуацию, сложившуюся после объявленного Пхеньяном испытания ядерного заряда. Об этом сообщили в МИД РФ.",
          "\"Министры выразили серьезную озабоченность действиями КНДР, которые идут вразрез с резолюциями Совета Безопасности ООН, и договорились о координации шагов в Совбезе\", - говорится в сообщении министерства.",
          "Лавров призвал все стороны проявлять сдержанность и не допускать действий, которые могли бы привести к дальнейшему нагнетанию напряженности на Корейском полуострове. Он подчеркнул, что урегулирование ядерной проблемы возможно только политико-дипломатическими средствами, в том числе в рамках шестисторонних переговоров.",
          "Собеседники также затронули подготовку к межсирийским переговорам в Женеве и обострение отношений между Саудовской Аравией и Ираном.",
          "В среду КНДР заявила об успешном испытании водородной бомбы. Ряд экспертов в Сеуле и Вашингтоне усомнились в этом, указав на небольшую мощность взрыва.",
      ],
      chrome="tass_ru", kind="translation", hard_with="tass_0106_2016",
      dups=[("rescrape_other_chrome", {"chrome": "tass_ru_mobile"}),
            ("truncated_copy", {"frac": 0.7, "chrome": "aggregator_ru"})])

story(key="tass_ru_0424_2016", source="tass.ru", lang="ru", published="2016-04-24T20:50:00+03:00",
      url="https://tass.ru/politika/3233851",
      title="Лавров и Керри обсудили по телефону нарушения перемирия в районе Алеппо",
      sub="Российский министр указал на продолжающиеся поставки оружия боевикам через турецкую границу",
      cap="", credit="",
      paras=[
          "МОСКВА, 24 апреля. /ТАСС/. Министр иностранных дел России Сергей Лавров и госсекретарь США Джон Керри по телефону обсудили рост числа нарушений режима прекращения огня в районе Алеппо. Об этом сообщили в воскресенье в МИД РФ.",
          "По данным министерства, Лавров обратил внимание американского коллеги на то, что через турецкую границу продолжают поступать оружие и боевики для \"Джабхат ан-Нусры\", что подталкивает террористов к атакам на правительственные войска и жилые кварталы.",
          "Министры условились, что российские и американские военные активизируют работу в центрах мониторинга в Хмеймиме и Аммане, чтобы не допустить срыва перемирия.",
          "Разговор состоялся по инициативе американской стороны.",
          "Режим прекращения боевых действий в Сирии вступил в силу 27 февраля. Он не распространяется на группировки \"Исламское государство\" и \"Джабхат ан-Нусра\", признанные террористическими Советом Безопасности ООН.",
      ],
      chrome="tass_ru", kind="same_template_other_event", hard_with="tass_ru_0106_2016",
      dups=[("correction", {"edits": [("27 февраля", "26 февраля")]})])

story(key="tass_ru_0925_2016", source="tass.ru", lang="ru", published="2016-09-25T15:20:00+03:00",
      url="https://tass.ru/politika/3650123",
      title="Лавров и Керри обсудили по телефону ситуацию вокруг Алеппо",
      sub="Лавров настаивает на полном выполнении российско-американских договоренностей от 9 сентября",
      cap="", credit="",
      paras=[
          "МОСКВА, 25 сентября. /ТАСС/. Министр иностранных дел России Сергей Лавров и госсекретарь США Джон Керри провели в воскресенье телефонный разговор по инициативе американской стороны. Об этом сообщили в МИД РФ.",
          "Главной темой беседы стала обстановка в Алеппо. Лавров подчеркнул, что российско-американские договоренности от 9 сентября должны быть выполнены в полном объеме, прежде всего в части размежевания оппозиции и \"Джабхат ан-Нусры\", чего Вашингтон так и не обеспечил.",
          "Кроме того, российский министр указал, что удар авиации возглавляемой США коалиции по позициям сирийской армии у Дейр-эз-Зора 17 сентября нанес серьезный ущерб режиму прекращения огня.",
          "Стороны договорились продолжить контакты.",
      ],
      chrome="tass_ru", kind="same_template_other_event", hard_with="tass_ru_0424_2016",
      dups=[])

story(key="mid_ru_0210_2015", source="mid.ru", lang="ru", published="2015-02-10T21:45:00+03:00",
      url="https://www.mid.ru/ru/press_service/minister_speeches/-/asset_publisher/95542",
      title="О телефонном разговоре Министра иностранных дел России С.В.Лаврова с Государственным секретарем США Дж.Керри",
      paras=[
          "10 февраля состоялся телефонный разговор Министра иностранных дел России С.В.Лаврова с Государственным секретарем США Дж.Керри, инициированный американской стороной.",
          "В центре внимания был кризис на юго-востоке Украины накануне саммита в \"нормандском формате\" в Минске. С.В.Лавров проинформировал собеседника о совместных усилиях России, Германии и Франции, направленных на то, чтобы помочь украинским сторонам согласовать комплекс мер, и подчеркнул, что ключевым условием является прямой диалог Киева с Донецком и Луганском.",
          "Российский министр предупредил, что планы поставок летального оружия Киеву стали бы прямым нарушением достигнутых договоренностей и поощрили бы сторонников силового решения.",
          "Собеседники также обсудили иранскую ядерную программу и ситуацию на Ближнем Востоке.",
      ],
      chrome="mid_ru", kind="translation", hard_with="mid_0210_2015",
      dups=[("copy_in_other_chrome", {"chrome": "embassy_ru"})])

story(key="mid_ru_meet_0207_2015", source="mid.ru", lang="ru", published="2015-02-07T19:30:00+03:00",
      url="https://www.mid.ru/ru/press_service/minister_speeches/-/asset_publisher/95311",
      title="О встрече Министра иностранных дел России С.В.Лаврова с Государственным секретарем США Дж.Керри",
      paras=[
          "7 февраля на полях Мюнхенской конференции по безопасности состоялась встреча Министра иностранных дел России С.В.Лаврова с Государственным секретарем США Дж.Керри.",
          "Обсуждался кризис на Украине. С.В.Лавров призвал американскую сторону побудить Киев отказаться от попыток решить конфликт силой и начать диалог с Донецком и Луганском по всем аспектам урегулирования, включая конституционную реформу.",
          "Министры также обменялись мнениями о переговорах по иранской ядерной программе, о положении в Сирии и Ливии, о подготовке очередного раунда российско-американских консультаций по стратегической стабильности.",
      ],
      chrome="mid_ru", kind="release_call_vs_meeting", hard_with="mid_ru_0210_2015",
      dups=[])

# ---- German -------------------------------------------------------------

story(key="dw_de_0302_2014", source="dw.com", lang="de", published="2014-03-02T17:40:00+01:00",
      url="https://www.dw.com/de/lawrow-und-kerry-telefonieren-erneut/a-17469012",
      title="Lawrow und Kerry telefonieren erneut wegen der Krim",
      sub="Russlands Außenminister Lawrow hat seinem US-Kollegen Kerry versichert, Moskau werde seine Bürger in der Ukraine schützen.",
      paras=[
          "Der russische Außenminister Sergej Lawrow und US-Außenminister John Kerry haben am Sonntag zum zweiten Mal binnen drei Tagen über die Lage in der Ukraine telefoniert. Das teilte das Außenministerium in Moskau mit.",
          "Lawrow sagte demnach, die Vereinbarung vom 21. Februar zwischen dem damaligen Präsidenten Viktor Janukowitsch und der Opposition sei von den neuen Machthabern in Kiew gebrochen worden. Russland könne der Bedrohung seiner Bürger und Landsleute auf der Krim nicht tatenlos zusehen.",
          "Kerry äußerte nach Angaben aus Washington die Sorge, dass russische Truppen auf der Halbinsel die Souveränität der Ukraine verletzten. Er drohte mit Konsequenzen für die Beziehungen zwischen beiden Ländern.",
          "Die beiden Minister wollen sich am Mittwoch in Paris treffen.",
      ],
      chrome="dw", kind="original",
      dups=[("light_edit", {"edits": [("zum zweiten Mal binnen drei Tagen", "zum zweiten Mal innerhalb von drei Tagen"),
                                      ("Das teilte das Außenministerium in Moskau mit.", "Das teilte das russische Außenministerium mit."),
                                      ("Er drohte mit Konsequenzen", "Er warnte vor Konsequenzen")]}),
            ("reprint_dropped_headline", {"chrome": "plain"})])

story(key="dw_de_0424_2016", source="dw.com", lang="de", published="2016-04-24T21:15:00+02:00",
      url="https://www.dw.com/de/lawrow-und-kerry-telefonieren-wegen-aleppo/a-19210333",
      title="Lawrow und Kerry telefonieren wegen Kämpfen um Aleppo",
      sub="Die Waffenruhe in Syrien wackelt. Russlands Außenminister Lawrow fordert von Washington Druck auf die Türkei.",
      paras=[
          "Der russische Außenminister Sergej Lawrow und US-Außenminister John Kerry haben am Sonntag über die zunehmenden Verstöße gegen die Waffenruhe in Syrien telefoniert. Das Gespräch sei auf Initiative der amerikanischen Seite zustande gekommen, teilte das Außenministerium in Moskau mit.",
          "Lawrow forderte demnach, den Nachschub an Waffen und Kämpfern für die Al-Nusra-Front über die türkische Grenze zu unterbinden. Beide Minister sprachen sich für eine engere Zusammenarbeit der Militärs beider Länder aus, um die Feuerpause zu retten.",
          "In der Umgebung von Aleppo hatten sich die Gefechte zwischen Regierungstruppen und Rebellen in den vergangenen Tagen verschärft. Die Opposition hatte ihre Teilnahme an den Genfer Friedensgesprächen daraufhin ausgesetzt.",
      ],
      chrome="dw", kind="same_template_other_event", hard_with="dw_de_0302_2014",
      dups=[])

story(key="faz_de_0302_2014", source="faz.net", lang="de", published="2014-03-02T18:30:00+01:00",
      url="https://www.faz.net/aktuell/politik/ausland/krim-krise-lawrow-kerry-12827561.html",
      title="Krim-Krise: Kerry warnt Moskau in Telefonat mit Lawrow",
      sub="Der amerikanische Außenminister fordert den Abzug russischer Truppen in ihre Stützpunkte.",
      paras=[
          "Im Konflikt um die Krim hat der amerikanische Außenminister John Kerry seinen russischen Kollegen Sergej Lawrow am Telefon aufgefordert, die auf der Halbinsel eingesetzten Soldaten in ihre Kasernen zurückzuholen. Moskau müsse internationale Beobachter zulassen, sagte Kerry nach Angaben des State Department.",
          "Lawrow verteidigte das Vorgehen Russlands. Die Schwarzmeerflotte halte sich an die Abkommen mit der Ukraine, sagte er laut einer Mitteilung seines Ministeriums. Moskau werde die Interessen seiner Bürger schützen.",
          "Kerry will am Dienstag nach Kiew reisen, um der neuen Regierung die Unterstützung Washingtons zu versichern.",
      ],
      chrome="faz", kind="same_event_other_outlet", hard_with="dw_de_0302_2014",
      dups=[])

# ---- French -------------------------------------------------------------

story(key="rfi_fr_0925_2016", source="rfi.fr", lang="fr", published="2016-09-25T18:10:00+02:00",
      url="https://www.rfi.fr/fr/moyen-orient/20160925-syrie-lavrov-kerry-telephone-alep",
      title="Syrie: Lavrov et Kerry s'entretiennent au téléphone sur Alep",
      sub="Le chef de la diplomatie russe accuse Washington de ne pas avoir tenu ses engagements.",
      paras=[
          "Le ministre russe des Affaires étrangères Sergueï Lavrov et le secrétaire d'Etat américain John Kerry se sont entretenus dimanche au téléphone, à l'initiative de la partie américaine, a annoncé la diplomatie russe.",
          "Selon Moscou, Sergueï Lavrov a insisté pour que l'accord russo-américain du 9 septembre soit appliqué dans son intégralité, en particulier la séparation entre l'opposition dite modérée et les jihadistes de l'ex-Front al-Nosra, ce que Washington n'a pas obtenu.",
          "Le ministre russe a également estimé que la frappe de la coalition menée par les Etats-Unis contre l'armée syrienne près de Deir ez-Zor, le 17 septembre, avait porté un coup sérieux à la trêve.",
          "De son côté, John Kerry s'est dit préoccupé par les bombardements intenses des quartiers est d'Alep, tenus par les rebelles, où vivent quelque 250 000 personnes.",
      ],
      chrome="rfi", kind="original",
      dups=[("rescrape_other_chrome", {"chrome": "rfi_amp"}),
            ("truncated_copy", {"frac": 0.7, "chrome": "aggregator_fr"})])

story(key="rfi_fr_0926_2016", source="rfi.fr", lang="fr", published="2016-09-26T12:30:00+02:00",
      url="https://www.rfi.fr/fr/moyen-orient/20160926-syrie-washington-menace-suspendre-cooperation-moscou",
      title="Syrie: Washington menace de suspendre sa coopération avec Moscou",
      sub="Au lendemain d'un nouvel échange entre Lavrov et Kerry, le ton monte entre les deux capitales.",
      paras=[
          "Les Etats-Unis ont menacé lundi de suspendre leur coopération avec la Russie sur la Syrie si les bombardements sur Alep ne cessaient pas, au lendemain d'un entretien téléphonique entre Sergueï Lavrov et John Kerry.",
          "\"Nous sommes au bord de suspendre les discussions bilatérales\", a déclaré un porte-parole du département d'Etat, accusant Moscou et Damas de viser délibérément les hôpitaux et les infrastructures civiles.",
          "Le Kremlin a jugé \"inacceptable\" le ton employé par Washington et affirmé que la Russie poursuivrait la lutte contre les terroristes en Syrie.",
          "Plus de cent civils ont été tués depuis jeudi dans les quartiers rebelles d'Alep, selon l'Observatoire syrien des droits de l'homme.",
      ],
      chrome="rfi", kind="next_day_followup", hard_with="rfi_fr_0925_2016",
      dups=[])

# ---- Spanish ------------------------------------------------------------

story(key="efe_es_0424_2016", source="efe.com", lang="es", published="2016-04-24T20:30:00+02:00",
      url="https://www.efe.com/efe/espana/mundo/lavrov-y-kerry-abordan-por-telefono-la-tregua-en-siria/10001-2906110",
      title="Lavrov y Kerry abordan por teléfono las violaciones de la tregua en Siria",
      sub="El ministro ruso pidió cerrar la frontera turca al paso de armas y combatientes",
      paras=[
          "Moscú, 24 abr (EFE).- El ministro de Exteriores ruso, Serguéi Lavrov, y el secretario de Estado estadounidense, John Kerry, analizaron hoy por teléfono el aumento de las violaciones del alto el fuego en los alrededores de Alepo, informó la diplomacia rusa.",
          "Según un comunicado de Exteriores, Lavrov denunció que el Frente al Nusra, filial siria de Al Qaeda, sigue recibiendo armas y refuerzos a través de la frontera con Turquía, lo que le permite atacar a las tropas gubernamentales.",
          "Ambos jefes de la diplomacia coincidieron en la necesidad de reforzar la coordinación entre los militares rusos y estadounidenses para salvar la tregua, en vigor desde el pasado 27 de febrero.",
          "La conversación se produjo a iniciativa de la parte estadounidense, precisó la nota.",
      ],
      chrome="efe", kind="original",
      dups=[("light_edit", {"edits": [("analizaron hoy por teléfono", "analizaron este domingo por teléfono"),
                                      ("precisó la nota", "según precisó la nota")]})])

story(key="sputnik_es_0216_2016", source="mundo.sputniknews.com", lang="es", published="2016-02-16T20:10:00+03:00",
      url="https://mundo.sputniknews.com/politica/201602161056789012-lavrov-kerry-munich/",
      title="Lavrov y Kerry discuten la aplicación de los acuerdos de Múnich sobre Siria",
      sub="Los jefes de la diplomacia de Rusia y EEUU mantuvieron una conversación telefónica este martes.",
      paras=[
          "MOSCÚ (Sputnik) — El canciller ruso, Serguéi Lavrov, y el secretario de Estado de EEUU, John Kerry, discutieron este martes cómo cumplir las decisiones del Grupo Internacional de Apoyo a Siria adoptadas la semana pasada en Múnich, informó la Cancillería rusa.",
          "Según el comunicado, la conversación se centró en el acceso humanitario a las localidades sirias sitiadas y en las condiciones de un cese de hostilidades a nivel nacional que el grupo espera alcanzar en una semana.",
          "Lavrov reiteró que la tregua no abarcará al Estado Islámico ni al Frente al Nusra, y que los ataques contra estos grupos continuarán.",
          "Los dos ministros abordaron también la escalada en la frontera sirio-turca.",
      ],
      chrome="sputnik_es", kind="translation", hard_with="sputnik_0216_2016",
      dups=[])

# ---- Arabic -------------------------------------------------------------

story(key="rt_ar_0107_2016", source="arabic.rt.com", lang="ar", published="2016-01-07T01:30:00+03:00",
      url="https://arabic.rt.com/news/807312-لافروف-كيري-كوريا-الشمالية/",
      title="لافروف وكيري يبحثان هاتفيا التجربة النووية الكورية الشمالية",
      sub="اتفق الوزيران على تنسيق الخطوات في مجلس الأمن الدولي",
      paras=[
          "بحث وزير الخارجية الروسي سيرغي لافروف ونظيره الأمريكي جون كيري في اتصال هاتفي مساء الأربعاء التجربة النووية التي أعلنت كوريا الشمالية عن إجرائها، حسبما أفادت وزارة الخارجية الروسية.",
          "وجاء في بيان الوزارة أن الوزيرين أعربا عن قلقهما البالغ إزاء تصرفات بيونغ يانغ التي تتعارض مع قرارات مجلس الأمن الدولي، واتفقا على تنسيق خطواتهما في المجلس.",
          "ودعا لافروف جميع الأطراف إلى ضبط النفس وتجنب أي خطوات قد تؤدي إلى مزيد من التصعيد في شبه الجزيرة الكورية، مؤكدا أن الحل لا يمكن أن يكون إلا سياسيا ودبلوماسيا في إطار المحادثات السداسية.",
          "كما تطرق الجانبان إلى التحضيرات للمفاوضات السورية السورية المرتقبة في جنيف وإلى التوتر بين السعودية وإيران.",
      ],
      chrome="rt_ar", kind="original",
      dups=[("rescrape_other_chrome", {"chrome": "rt_ar_mobile"}),
            ("truncated_copy", {"frac": 0.75, "chrome": "aggregator_ar"})])

story(key="rt_ar_0424_2016", source="arabic.rt.com", lang="ar", published="2016-04-24T21:40:00+03:00",
      url="https://arabic.rt.com/news/822145-لافروف-كيري-حلب-الهدنة/",
      title="لافروف وكيري يبحثان هاتفيا خروقات الهدنة في حلب",
      sub="لافروف يدعو إلى إغلاق الحدود التركية أمام تدفق السلاح والمسلحين",
      paras=[
          "بحث وزير الخارجية الروسي سيرغي لافروف ونظيره الأمريكي جون كيري في اتصال هاتفي يوم الأحد تزايد خروقات نظام وقف الأعمال القتالية في منطقة حلب، وفقا لوزارة الخارجية الروسية.",
          "وأشار لافروف إلى استمرار وصول الأسلحة والمسلحين إلى جبهة النصرة عبر الحدود التركية، ما يشجع الإرهابيين على مهاجمة القوات الحكومية والأحياء السكنية.",
          "واتفق الوزيران على ضرورة تكثيف عمل العسكريين الروس والأمريكيين في مركزي المراقبة في حميميم وعمان لمنع انهيار الهدنة.",
          "وجرى الاتصال بمبادرة من الجانب الأمريكي.",
      ],
      chrome="rt_ar", kind="same_template_other_event", hard_with="rt_ar_0107_2016",
      dups=[])

# ---- Chinese ------------------------------------------------------------

story(key="xinhua_zh_0107_2016", source="xinhuanet.com", lang="zh", published="2016-01-07T08:15:00+08:00",
      url="http://news.xinhuanet.com/world/2016-01/07/c_1117699281.htm",
      title="俄美外长通电话讨论朝鲜核试验问题",
      paras=[
          "新华社莫斯科1月7日电 俄罗斯外交部6日晚发表公报说，俄外长拉夫罗夫当天与美国国务卿克里通电话，讨论朝鲜宣布进行核试验后的局势。",
          "公报说，双方对朝鲜违反联合国安理会相关决议的行为表示严重关切，同意在安理会框架内协调行动。",
          "拉夫罗夫呼吁各方保持克制，避免采取可能导致朝鲜半岛局势进一步紧张的举动。他强调，朝核问题只能通过政治外交手段解决，包括在六方会谈框架内解决。",
          "双方还讨论了叙利亚政府与反对派在日内瓦举行和谈的准备工作以及沙特与伊朗关系紧张等问题。",
          "朝鲜6日宣布成功进行了首次氢弹试验。韩国和美国的一些专家对此表示怀疑，认为爆炸当量过小。",
      ],
      chrome="xinhua", kind="original",
      dups=[("reprint_dropped_headline", {"chrome": "plain"}),
            ("truncated_copy", {"frac": 0.7, "chrome": "aggregator_zh"})])

story(key="xinhua_zh_0925_2016", source="xinhuanet.com", lang="zh", published="2016-09-26T07:40:00+08:00",
      url="http://news.xinhuanet.com/world/2016-09/26/c_1119619170.htm",
      title="俄美外长通电话讨论阿勒颇局势",
      paras=[
          "新华社莫斯科9月25日电 俄罗斯外交部25日发表公报说，俄外长拉夫罗夫当天应美方请求与美国国务卿克里通电话，双方讨论了叙利亚阿勒颇局势。",
          "公报说，拉夫罗夫强调，俄美9月9日达成的协议必须得到全面落实，特别是美方承诺的将温和反对派与“征服沙姆阵线”（原“支持阵线”）分离。",
          "拉夫罗夫还指出，以美国为首的国际联盟17日空袭代尔祖尔附近的叙利亚政府军阵地，严重破坏了停火。",
          "双方同意继续保持接触。",
      ],
      chrome="xinhua", kind="same_template_other_event", hard_with="xinhua_zh_0107_2016",
      dups=[("correction", {"edits": [("17日", "18日")]})])

# ---- Japanese -----------------------------------------------------------

story(key="kyodo_ja_0107_2016", source="kyodonews.jp", lang="ja", published="2016-01-07T09:30:00+09:00",
      url="https://www.kyodonews.jp/news/2016/01/0107-lavrov-kerry.html",
      title="ロ米外相が電話会談　北朝鮮核実験で安保理の連携確認",
      paras=[
          "【モスクワ共同】ロシア外務省によると、ラブロフ外相は6日、ケリー米国務長官と電話で会談し、北朝鮮が発表した核実験について協議した。",
          "両外相は北朝鮮の行動が国連安全保障理事会の決議に違反するとして深刻な懸念を表明し、安保理での対応で連携することで一致した。",
          "ラブロフ氏は各国に自制を呼び掛け、朝鮮半島の緊張を一段と高める行動を避けるべきだと強調した。核問題は6カ国協議の枠組みを含む政治・外交的手段でのみ解決できるとの立場も示した。",
          "両氏はシリア和平協議の準備やサウジアラビアとイランの対立についても意見を交わした。",
      ],
      chrome="kyodo", kind="original",
      dups=[("rescrape_other_chrome", {"chrome": "kyodo_mobile"})])


# ---- More reports: other years, other outlets, other actors ----------------

story(key="tass_0912_2013", source="tass.com", lang="en", published="2013-09-09T20:30:00+04:00",
      url="https://tass.com/world/699815",
      title="Lavrov, Kerry discuss Syrian chemical weapons by phone",
      sub="Lavrov said Moscow had proposed that Damascus place its chemical arsenal under international control",
      cap="", credit="",
      paras=[
          "MOSCOW, September 9. /ITAR-TASS/. Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry have discussed by telephone the Russian initiative on putting Syria's chemical weapons under international control, the Russian Foreign Ministry said on Monday.",
          "Earlier in the day Lavrov called on the Syrian authorities not only to agree to place the chemical weapons stockpiles under international control but also to have them destroyed, and to join the Organisation for the Prohibition of Chemical Weapons.",
          "\"If the establishment of international control over chemical weapons in that country can avert strikes, we will immediately start working with Damascus,\" Lavrov told reporters after talks with his Syrian counterpart Walid Muallem.",
          "Kerry said in London earlier on Monday that Syrian President Bashar Assad could avoid a U.S. military strike by handing over all of his chemical weapons within a week.",
          "The ministers agreed to continue the discussion at a meeting in Geneva later this week.",
      ],
      chrome="tass", kind="same_template_other_event", hard_with="tass_0302_2014",
      dups=[("rescrape_other_chrome", {"chrome": "tass_mobile"}),
            ("light_edit", {"edits": [("have discussed by telephone", "have discussed in a telephone conversation"),
                                      ("told reporters after talks", "told journalists after talks")]})])

story(key="tass_1001_2015", source="tass.com", lang="en", published="2015-10-01T22:10:00+03:00",
      url="https://tass.com/world/825610",
      title="Lavrov, Kerry discuss Russian air strikes in Syria at UN meeting",
      sub="The ministers agreed that the military of the two countries should urgently hold consultations",
      cap="Russian Foreign Minister Sergey Lavrov", credit="Sergei Bobylev/TASS",
      paras=[
          "UNITED NATIONS, October 1. /TASS/. Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State John Kerry met in New York on Wednesday on the sidelines of the UN General Assembly, hours after Russian warplanes carried out their first strikes in Syria.",
          "Lavrov told reporters that the two sides had agreed that their military should get in touch as soon as possible to avoid unintended incidents in the skies over Syria.",
          "\"We have agreed that the military must urgently establish channels of communication,\" Lavrov said, adding that Russia had informed the United States about the start of the operation an hour in advance.",
          "Kerry said Washington would have grave concerns if Russia struck areas where the Islamic State was not present.",
          BG_AIRSTRIKES,
      ],
      chrome="tass", kind="release_call_vs_meeting", hard_with="tass_0512_2015",
      dups=[("truncated_copy", {"frac": 0.65, "chrome": "aggregator"}),
            ("correction", {"edits": [("an hour in advance", "half an hour in advance")]})])

story(key="tass_1114_2015", source="tass.com", lang="en", published="2015-11-14T19:45:00+03:00",
      url="https://tass.com/world/836612",
      title="Lavrov, Kerry hold talks in Vienna after Paris attacks",
      sub="The ministers agreed that the attacks make a political settlement in Syria even more urgent",
      cap="", credit="",
      paras=[
          "VIENNA, November 14. /TASS/. Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State John Kerry held a bilateral meeting in Vienna on Saturday before the start of the second round of international talks on Syria, a day after a series of terrorist attacks in Paris killed more than 120 people.",
          "Lavrov said the attacks showed that there could be no justification for delaying the creation of a broad anti-terrorist front.",
          "\"We have agreed that these crimes make it even more urgent to agree on a list of terrorist organisations and on a timetable for the political process,\" Lavrov told reporters.",
          "The participants of the Vienna meeting, who include Iran and Saudi Arabia, are expected to agree on a road map for a ceasefire and elections in Syria.",
      ],
      chrome="tass", kind="release_call_vs_meeting", hard_with="tass_1001_2015",
      dups=[("reprint_dropped_headline", {"chrome": "plain"})])

story(key="sputnik_0107_2016_followup", source="sputniknews.com", lang="en", published="2016-01-07T15:20:00+03:00",
      url="https://sputniknews.com/asia/201601071032781145-russia-restraint-dprk/",
      title="Moscow Urges Restraint After North Korea Claims H-Bomb Test",
      sub="",
      cap="", credit="",
      paras=[
          "MOSCOW (Sputnik) — Moscow calls on all parties to exercise restraint following the nuclear test announced by North Korea, Russian Foreign Ministry spokeswoman Maria Zakharova said Thursday.",
          "\"We urge all the states concerned not to take steps that could provoke a spiral of confrontation in North-East Asia,\" Zakharova told a briefing.",
          "She said Russia was ready to consider a Security Council response to the test in close contact with other members of the Council, including the United States and China.",
          "Russian experts have not recorded any increase in radiation levels in the Far East, Zakharova added.",
      ],
      chrome="sputnik", kind="next_day_followup", hard_with="sputnik_0106_2016",
      dups=[])

story(key="reuters_0216_2016", source="reuters.com", lang="en", published="2016-02-16T17:05:00+00:00",
      url="https://www.reuters.com/article/us-mideast-crisis-syria-lavrov-kerry-idUSKCN0VP1L8",
      title="Lavrov, Kerry discuss Syria aid, truce in phone call: Moscow",
      paras=[
          "MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry spoke by phone on Tuesday about humanitarian aid deliveries and a possible ceasefire in Syria, the Russian Foreign Ministry said.",
          "The call came as U.N. envoy Staffan de Mistura held talks in Damascus on getting aid to besieged towns under an agreement reached by major powers in Munich last week.",
          "Russia has said its air strikes in Syria will continue against groups it considers terrorists even if a truce is agreed.",
          "Turkey has been shelling Kurdish YPG militia fighters in northern Syria since Saturday, drawing criticism from Washington and Moscow.",
      ],
      chrome="reuters", kind="same_event_other_outlet", hard_with="sputnik_0216_2016",
      dups=[("reprint_dropped_headline", {"chrome": "plain"})])

story(key="mid_steinmeier_2016", source="mid.ru", lang="en", published="2016-02-18T20:00:00+03:00",
      url="https://www.mid.ru/en/press_service/minister_speeches/-/asset_publisher/2092412",
      title="Press release on Foreign Minister Sergey Lavrov's telephone conversation with German Foreign Minister Frank-Walter Steinmeier",
      paras=[
          "On 18 February, Foreign Minister Sergey Lavrov had a telephone conversation with Federal Minister for Foreign Affairs of Germany Frank-Walter Steinmeier.",
          "The Ministers discussed the implementation of the Minsk Agreements, with a focus on the withdrawal of heavy weapons and the political aspects of the settlement, including the law on local elections in certain areas of Donbass.",
          "Sergey Lavrov and Frank-Walter Steinmeier also exchanged views on the situation in Syria following the Munich meeting of the International Syria Support Group.",
      ],
      chrome="mid", kind="same_template_other_event", hard_with="mid_0210_2015",
      dups=[("copy_in_other_chrome", {"chrome": "blog"})])

story(key="tass_rouble_2016", source="tass.com", lang="en", published="2016-01-20T16:40:00+03:00",
      url="https://tass.com/economy/851035",
      title="Rouble hits record low against dollar as oil slides",
      sub="The dollar rose above 80 roubles on the Moscow Exchange for the first time",
      cap="", credit="",
      paras=[
          "MOSCOW, January 20. /TASS/. The rouble fell to a record low against the U.S. dollar on Wednesday, with the dollar rising above 80 roubles on the Moscow Exchange for the first time, as the price of Brent crude dropped below $28 a barrel.",
          "The euro climbed to 88.3 roubles. The Central Bank said it saw no threats to financial stability and no need for intervention.",
          "Economy Minister Alexei Ulyukayev said the government would have to revise the 2016 budget, which was based on an oil price of $50 a barrel.",
      ],
      chrome="tass", kind="original",
      dups=[("reprint_dropped_headline", {"chrome": "plain"}),
            ("light_edit", {"edits": [("fell to a record low", "slumped to a record low"),
                                      ("no threats to financial stability", "no threat to financial stability")]})])

story(key="ria_ru_0424_2016", source="ria.ru", lang="ru", published="2016-04-24T21:05:00+03:00",
      url="https://ria.ru/20160424/1422121437.html",
      title="Лавров в разговоре с Керри призвал перекрыть турецко-сирийскую границу",
      sub="",
      paras=[
          "МОСКВА, 24 апр — РИА Новости. Глава МИД России Сергей Лавров в телефонном разговоре с госсекретарем США Джоном Керри настаивал на закрытии турецко-сирийской границы, через которую боевики получают подкрепление, сообщает российское внешнеполитическое ведомство.",
          "Как отмечается в сообщении, министры высказались за более тесное взаимодействие военных двух стран для укрепления режима тишины в Сирии.",
          "Обстановка в районе Алеппо в последние дни резко обострилась. Оппозиционная делегация на прошлой неделе приостановила участие в переговорах в Женеве.",
      ],
      chrome="ria", kind="same_event_other_outlet", hard_with="tass_ru_0424_2016",
      dups=[("rescrape_other_chrome", {"chrome": "ria_amp"})])

story(key="xinhua_zh_wangyi_2016", source="xinhuanet.com", lang="zh", published="2016-02-13T09:20:00+08:00",
      url="http://news.xinhuanet.com/world/2016-02/13/c_1118031215.htm",
      title="王毅同俄罗斯外长拉夫罗夫通电话",
      paras=[
          "新华社北京2月12日电 外交部长王毅12日应约同俄罗斯外长拉夫罗夫通电话，双方就朝鲜半岛局势和叙利亚问题交换了意见。",
          "王毅表示，中方坚定致力于实现半岛无核化，坚持维护半岛和平稳定，坚持通过对话协商解决问题。当前形势下，各方都应保持冷静克制，避免采取可能加剧紧张的行动。",
          "拉夫罗夫表示，俄方愿同中方加强在安理会的沟通与协调，推动半岛问题重回对话轨道。",
          "双方还就慕尼黑叙利亚问题国际支持小组会议成果交换了看法。",
      ],
      chrome="xinhua", kind="same_template_other_event", hard_with="xinhua_zh_0107_2016",
      dups=[("reprint_dropped_headline", {"chrome": "plain"})])

story(key="dw_de_0106_2016", source="dw.com", lang="de", published="2016-01-06T23:50:00+01:00",
      url="https://www.dw.com/de/lawrow-und-kerry-beraten-über-nordkorea/a-18964120",
      title="Lawrow und Kerry beraten über Nordkoreas Atomtest",
      sub="Russland und die USA wollen im UN-Sicherheitsrat gemeinsam auf den Atomtest reagieren.",
      paras=[
          "Die Außenminister Russlands und der USA, Sergej Lawrow und John Kerry, haben am Mittwochabend in einem Telefonat über den von Nordkorea gemeldeten Atomtest beraten. Beide Seiten hätten ihre ernste Besorgnis geäußert, teilte das Außenministerium in Moskau mit.",
          "Lawrow und Kerry vereinbarten demnach, ihr Vorgehen im UN-Sicherheitsrat abzustimmen. Lawrow rief alle Seiten zur Zurückhaltung auf.",
          "Nordkorea hatte am Morgen erklärt, erstmals eine Wasserstoffbombe gezündet zu haben. Experten in Südkorea und den USA bezweifeln das, weil die gemessene Sprengkraft dafür zu gering sei.",
      ],
      chrome="dw", kind="same_template_other_event", hard_with="dw_de_0424_2016",
      dups=[("truncated_copy", {"frac": 0.75, "chrome": "plain"})])

story(key="efe_es_0106_2016", source="efe.com", lang="es", published="2016-01-06T23:55:00+01:00",
      url="https://www.efe.com/efe/espana/mundo/lavrov-y-kerry-acuerdan-coordinar-respuesta-a-corea-del-norte/10001-2806541",
      title="Lavrov y Kerry acuerdan coordinar su respuesta a la prueba nuclear norcoreana",
      sub="Rusia y EEUU actuarán de forma coordinada en el Consejo de Seguridad de la ONU",
      paras=[
          "Moscú, 6 ene (EFE).- El ministro de Exteriores ruso, Serguéi Lavrov, y el secretario de Estado estadounidense, John Kerry, acordaron hoy por teléfono coordinar sus pasos en el Consejo de Seguridad de la ONU tras la prueba nuclear anunciada por Corea del Norte, informó la diplomacia rusa.",
          "Ambos expresaron su seria preocupación por las acciones de Pionyang, que contravienen las resoluciones del Consejo de Seguridad, según el comunicado.",
          "Lavrov llamó a todas las partes a la contención y a evitar pasos que agraven la tensión en la península coreana.",
      ],
      chrome="efe", kind="same_template_other_event", hard_with="efe_es_0424_2016",
      dups=[("rescrape_other_chrome", {"chrome": "plain"})])

# Reports that are mostly the agency's background paragraphs or the
# ministry's own words: the hardest non-duplicates, because most of their
# text is shared with a report of another call (or with the ministry's
# release) and only the lede and one quote differ.

story(key="tass_0227_2016", source="tass.com", lang="en", published="2016-02-27T17:30:00+03:00",
      url="https://tass.com/politics/858950",
      title="Lavrov, Kerry discuss start of Syria ceasefire by phone",
      sub="The ministers agreed to keep in close contact on the implementation of the truce",
      cap="", credit="",
      paras=[
          "MOSCOW, February 27. /TASS/. Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State John Kerry discussed by telephone on Saturday the first hours of the cessation of hostilities in Syria, the Russian Foreign Ministry said.",
          "\"The ministers welcomed the start of the truce and agreed to keep in close contact, including through the military channels, in order to respond promptly to any reports of violations,\" the ministry said.",
          BG_CEASEFIRE,
          BG_ISSG,
          BG_AIRSTRIKES,
      ],
      chrome="tass", kind="same_template_other_event", hard_with="tass_0216_2016",
      dups=[("truncated_copy", {"frac": 0.6, "chrome": "aggregator"})])

story(key="tass_0301_2016", source="tass.com", lang="en", published="2016-03-01T21:20:00+03:00",
      url="https://tass.com/politics/859611",
      title="Lavrov, Kerry discuss first days of Syria truce by phone",
      sub="Lavrov drew attention to shelling of Latakia from Turkish territory",
      cap="", credit="",
      paras=[
          "MOSCOW, March 1. /TASS/. Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State John Kerry had a telephone conversation on Tuesday at the American side's request to review how the Syrian truce has held in its first days, the Russian Foreign Ministry said.",
          "According to the ministry, Lavrov drew Kerry's attention to artillery fire on Kurdish areas and on Latakia province from Turkish territory, describing it as a provocation aimed at wrecking the ceasefire.",
          BG_CEASEFIRE,
          BG_ISSG,
          BG_AIRSTRIKES,
      ],
      chrome="tass", kind="same_template_other_event", hard_with="tass_0227_2016",
      dups=[("rescrape_other_chrome", {"chrome": "tass_mobile"})])

story(key="tass_quotes_mid_0106_2016", source="tass.com", lang="en", published="2016-01-07T02:10:00+03:00",
      url="https://tass.com/politics/848120",
      title="Russian diplomats: Lavrov, Kerry to coordinate approaches on DPRK in UN Security Council",
      sub="",
      cap="", credit="",
      paras=[
          "MOSCOW, January 7. /TASS/. The Russian Foreign Ministry has published a statement on the telephone conversation between Foreign Minister Sergey Lavrov and U.S. Secretary of State John Kerry.",
          "\"The Ministers exchanged views on the situation on the Korean Peninsula following the announcement by the DPRK of a test of a nuclear explosive device. They expressed serious concern over this development, which contradicts UN Security Council resolutions, and agreed to coordinate their approaches in the Council,\" the statement said.",
          "\"Sergey Lavrov underscored the need to avoid steps that could lead to a further escalation and reaffirmed Russia's commitment to a political and diplomatic settlement within the framework of the six-party talks,\" the ministry said.",
          "Pyongyang said on Wednesday it had tested a hydrogen bomb, its fourth nuclear test since 2006. The UN Security Council held an emergency meeting in New York.",
      ],
      chrome="tass", kind="same_event_other_outlet", hard_with="mid_0106_2016",
      dups=[])

EXTRA_DUPS = {
    "tass_0412_2014": [("truncated_copy", {"frac": 0.8, "chrome": "aggregator"})],
    "tass_0210_2015": [("correction", {"edits": [("Belarusian capital on Wednesday", "Belarusian capital on Thursday")]})],
    "tass_0106_2016": [("truncated_copy", {"frac": 0.6, "chrome": "aggregator"})],
    "tass_0717_2014": [("rescrape_other_chrome", {"chrome": "tass_mobile"})],
    "tass_0515_2016": [("light_edit", {"edits": [("once again raised the need", "again raised the need"),
                                                 ("which continue to shell", "which keep shelling")]})],
    "tass_zarif_0707_2015": [("rescrape_other_chrome", {"chrome": "tass_mobile"})],
    "mid_0106_2016": [("copy_in_other_chrome", {"chrome": "embassy_us"})],
    "mid_0424_2016": [("copy_in_other_chrome", {"chrome": "blog"})],
    "mid_meet_0715_2016": [("copy_in_other_chrome", {"chrome": "embassy_uk"})],
    "mid_ru_meet_0207_2015": [("copy_in_other_chrome", {"chrome": "embassy_ru"})],
    "sputnik_0106_2016": [("reprint_dropped_headline", {"chrome": "plain"})],
    "sputnik_kerry_visit_2016": [("truncated_copy", {"frac": 0.7, "chrome": "aggregator"})],
    "reuters_0925_2016": [("reprint_dropped_headline", {"chrome": "plain"}),
                          ("light_edit", {"edits": [("failed to honour its commitments", "failed to honor its commitments"),
                                                    ("accused Russia at the U.N. Security Council of barbarism", "accused Russia of barbarism at the U.N. Security Council")]})],
    "tass_ru_0925_2016": [("rescrape_other_chrome", {"chrome": "tass_ru_mobile"})],
    "dw_de_0424_2016": [("reprint_dropped_headline", {"chrome": "plain"})],
    "faz_de_0302_2014": [("light_edit", {"edits": [("am Telefon aufgefordert", "in einem Telefonat aufgefordert"),
                                                   ("sagte er laut einer Mitteilung", "erklärte er laut einer Mitteilung")]})],
    "rfi_fr_0926_2016": [("reprint_dropped_headline", {"chrome": "plain"})],
    "sputnik_es_0216_2016": [("light_edit", {"edits": [("discutieron este martes", "analizaron este martes"),
                                                       ("continuarán", "proseguirán")]})],
    "rt_ar_0424_2016": [("reprint_dropped_headline", {"chrome": "plain"})],
    "xinhua_zh_0925_2016": [("truncated_copy", {"frac": 0.65, "chrome": "aggregator_zh"})],
    "kyodo_ja_0107_2016": [("truncated_copy", {"frac": 0.7, "chrome": "kyodo_mobile"})],
}
for _s in STORIES:
    _s["dups"] = _s["dups"] + EXTRA_DUPS.get(_s["key"], [])


# --------------------------------------------------------------------------
# Page chrome. Each style turns (story, title shown or not, paragraphs) into
# the text a scraper gets from the page: menus, captions repeated with a
# credit and a "©" line, share widgets, comment tails, menus in Russian.

def stamp(s, fmt):
    from datetime import datetime
    return datetime.fromisoformat(s["published"]).strftime(fmt)


def caption_lines(s):
    if not s.get("cap"):
        return []
    return [f"{s['cap']} {s['credit']}", s["cap"], f"© {s['credit']}"]


def read_also(s, n=1):
    """Titles of the next stories in the same language: 'read also' chrome."""
    same = [t for t in STORIES if t["lang"] == s["lang"] and t is not s]
    i = STORIES.index(s)
    later = [t for t in same if STORIES.index(t) > i] + [t for t in same if STORIES.index(t) < i]
    return [t["title"] for t in later[:n]]


def page_tass(s, title, paras):
    head = ["All news", ""] + ([title, ""] if title else []) + ([s["sub"]] if s.get("sub") else [])
    return head + caption_lines(s) + [""] + paras


def page_tass_mobile(s, title, paras):
    head = ["TASS", "Russian News Agency", "Menu", title, stamp(s, "%d %b, %H:%M").upper()]
    cap = [s["cap"], f"© {s['credit']}"] if s.get("cap") else []
    tail = ["Tags", "Sergey Lavrov", "John Kerry", "Read also"] + read_also(s, 2)
    return head + cap + ([s["sub"]] if s.get("sub") else []) + paras + tail


def page_aggregator(s, title, paras):
    head = ["World News Today | Latest headlines", "Home › World › Russia", title,
            f"Source: {s['source']} | {stamp(s, '%B %d, %Y')}"]
    tail = [f"Read the full story at {s['source']}", "Related stories"] + read_also(s, 2)
    return head + paras + tail


def page_plain(s, title, paras):
    return paras + [f"Source: {s['source']}"]


def page_mid(s, title, paras):
    return [title, ""] + paras + ["", ""] + [f"  • {m}" for m in RU_MENU]


def page_mid_print(s, title, paras):
    head = ["Ministry of Foreign Affairs of the Russian Federation", stamp(s, "%d %B %Y %H:%M"),
            title]
    return head + paras + ["Print version", "Send by e-mail", "Go to the top of the page"]


def page_embassy(country):
    def page(s, title, paras):
        head = [f"Embassy of the Russian Federation in {country}", "Home", "About the Embassy",
                "Consular Section", "Press releases", "Bilateral relations",
                "Ambassador", stamp(s, "%d.%m.%Y"), title]
        tail = ["Share this:", "Twitter", "Facebook", "Follow the Embassy on Twitter",
                f"© {stamp(s, '%Y')} Embassy of the Russian Federation in {country}"]
        return head + paras + tail
    return page


def page_blog(s, title, paras):
    head = ["The Russia Observer", "A blog on Russian foreign policy, by a former correspondent",
            f"Posted on {stamp(s, '%B %d, %Y')} by editor", f"MFA: {title}",
            "The Russian Foreign Ministry has published the following statement:"]
    tail = ["Source: mid.ru", "Categories: Diplomacy, Russia-US", "Leave a comment",
            "Blog at WordPress.com."]
    return head + paras + tail


def page_sputnik(s, title, paras):
    head = ["- Sputnik International", "World",
            "Get the latest news from around the world, live coverage, off-beat stories, features and analysis.",
            ""] + ([title, ""] if title else [])
    cap = []
    if s.get("cap"):
        cap = [f"© {s['credit']}{s['cap']}", f"{s['cap']} - Sputnik International"]
    tail = ["", "Newsfeed", "0", "To participate in the discussion", "log in or register",
            "loader", "Chats", "Заголовок открываемого материала"]
    return head + cap + ["Subscribe"] + ([s["sub"]] if s.get("sub") else []) + [""] + paras + tail


def page_sputnik_amp(s, title, paras):
    head = ["Sputnik International", title, stamp(s, "%H:%M %d.%m.%Y")]
    tail = ["© Sputnik", "Subscribe to our newsletter", "Terms of use", "Privacy policy",
            "Contact us"]
    return head + ([s["sub"]] if s.get("sub") else []) + paras + tail


def page_reuters(s, title, paras):
    head = ["World News", stamp(s, "%B %d, %Y / %I:%M %p / 8 years ago"), title, "3 Min Read"]
    tail = ["Reporting by Moscow bureau; Editing by Alison Williams",
            "Our Standards: The Thomson Reuters Trust Principles."]
    return head + paras + tail


def page_tass_ru(s, title, paras):
    head = ["Все новости", ""] + ([title, ""] if title else []) + ([s["sub"]] if s.get("sub") else [])
    tail = ["", "Теги", "Сергей Лавров", "Джон Керри", "Подписаться на ТАСС в Дзен"]
    return head + caption_lines(s) + [""] + paras + tail


def page_tass_ru_mobile(s, title, paras):
    head = ["ТАСС", "Информационное агентство России", "Меню", title, stamp(s, "%d.%m.%Y %H:%M")]
    return head + paras + ["Читайте также"] + read_also(s, 2)


def page_aggregator_ru(s, title, paras):
    head = ["Новости дня", "Главная / В мире", title, f"Источник: {s['source']}"]
    return head + paras + [f"Читать полностью на {s['source']}", "Комментарии (0)"]


def page_mid_ru(s, title, paras):
    return [title, ""] + paras + ["", "Версия для печати", "Отправить по почте"] \
        + [f"  • {m}" for m in RU_MENU]


def page_embassy_ru(s, title, paras):
    head = ["Посольство Российской Федерации в Республике Беларусь", "Главная", "О посольстве",
            "Консульский отдел", "Новости", stamp(s, "%d.%m.%Y"), title]
    return head + paras + ["Поделиться", "ВКонтакте", "Одноклассники", "Telegram"]


def page_ria(s, title, paras):
    head = ["РИА Новости", "В мире", title, stamp(s, "%H:%M %d.%m.%Y")]
    tail = ["Подписывайтесь на РИА Новости", "Все новости", "Лента новостей", "0",
            "Чтобы участвовать в дискуссии", "авторизуйтесь или зарегистрируйтесь"]
    return head + paras + tail


def page_ria_amp(s, title, paras):
    return ["РИА Новости", title] + paras + ["© РИА Новости", "Правила использования"]


def page_dw(s, title, paras):
    head = ["Politik", "Deutsche Welle", title] + ([s["sub"]] if s.get("sub") else [])
    tail = [f"Datum {stamp(s, '%d.%m.%Y')}", "Autorin/Autor dpa, AFP, Reuters",
            "Drucken Seite drucken", "Permalink", "Teilen", "Facebook", "Twitter",
            "Themenseiten Russland, USA"]
    return head + paras + tail


def page_faz(s, title, paras):
    head = ["Frankfurter Allgemeine", "Politik", "Ausland", title] + ([s["sub"]] if s.get("sub") else [])
    return head + paras + ["Quelle: FAZ.NET mit Reuters/AFP", "Artikelrechte erwerben", "Versenden"]


def page_rfi(s, title, paras):
    head = ["Accueil", "Moyen-Orient", title, f"Publié le : {stamp(s, '%d/%m/%Y - %H:%M')}"] \
        + ([s["sub"]] if s.get("sub") else [])
    tail = ["Par RFI", "Partager :", "Facebook", "Twitter", "Publicité",
            "Lire la suite sur le même sujet"]
    return head + paras + tail


def page_rfi_amp(s, title, paras):
    head = ["RFI - Radio France Internationale", title, stamp(s, "%d/%m/%Y")] \
        + ([s["sub"]] if s.get("sub") else [])
    return head + paras + ["Newsletter", "Recevez toute l'actualité internationale"]


def page_aggregator_fr(s, title, paras):
    head = ["Actu Monde", "À la une", title, f"Source : {s['source']}"]
    return head + paras + [f"Lire l'article complet sur {s['source']}", "Articles similaires"]


def page_efe(s, title, paras):
    head = ["EFE", "Internacional", title] + ([s["sub"]] if s.get("sub") else [])
    return head + paras + ["EFE", "Compartir", "Etiquetas Rusia EEUU Siria"]


def page_sputnik_es(s, title, paras):
    head = ["Sputnik Mundo", "Política", title] + ([s["sub"]] if s.get("sub") else [])
    tail = ["Síguenos en", "Canal de noticias", "Para participar en la discusión",
            "inicie sesión o regístrese", "Заголовок открываемого материала"]
    return head + paras + tail


def page_rt_ar(s, title, paras):
    head = ["RT Arabic", "الأخبار", "العالم", title] + ([s["sub"]] if s.get("sub") else [])
    return head + paras + ["المصدر: وكالات", "تابعوا RT على", "تلغرام", "فيسبوك"]


def page_rt_ar_mobile(s, title, paras):
    head = ["RT عربي", title, stamp(s, "%d.%m.%Y %H:%M")]
    return head + paras + ["اقرأ المزيد", "أخبار ذات صلة"]


def page_aggregator_ar(s, title, paras):
    head = ["أخبار 24", "الرئيسية", title, f"المصدر: {s['source']}"]
    return head + paras + ["اقرأ الخبر كاملا من المصدر", "أخبار ذات صلة"]


def page_xinhua(s, title, paras):
    head = ["新华网", "首页 > 国际频道", title, f"{stamp(s, '%Y-%m-%d %H:%M:%S')} 来源：新华网"]
    return head + paras + ["【纠错】", "责任编辑：王丽", "分享到："]


def page_aggregator_zh(s, title, paras):
    head = ["环球资讯", "首页 国际", title, f"来源：{s['source']}"]
    return head + paras + ["阅读全文", "相关新闻"]


def page_kyodo(s, title, paras):
    head = ["共同通信", "国際", title, stamp(s, "%Y年%m月%d日 %H時%M分")]
    return head + paras + ["共同通信社", "この記事をシェア"]


def page_kyodo_mobile(s, title, paras):
    head = ["KYODO NEWS", "ニュース", title]
    return head + paras + ["関連記事", "トップへ戻る"]


CHROME = {
    "tass": page_tass, "tass_mobile": page_tass_mobile, "aggregator": page_aggregator,
    "plain": page_plain, "mid": page_mid, "mid_print": page_mid_print,
    "embassy_uk": page_embassy("the United Kingdom"),
    "embassy_us": page_embassy("the United States of America"),
    "blog": page_blog, "sputnik": page_sputnik, "sputnik_amp": page_sputnik_amp,
    "reuters": page_reuters, "tass_ru": page_tass_ru, "tass_ru_mobile": page_tass_ru_mobile,
    "aggregator_ru": page_aggregator_ru, "mid_ru": page_mid_ru, "embassy_ru": page_embassy_ru,
    "ria": page_ria, "ria_amp": page_ria_amp, "dw": page_dw, "faz": page_faz, "rfi": page_rfi, "rfi_amp": page_rfi_amp,
    "aggregator_fr": page_aggregator_fr, "efe": page_efe, "sputnik_es": page_sputnik_es,
    "rt_ar": page_rt_ar, "rt_ar_mobile": page_rt_ar_mobile, "aggregator_ar": page_aggregator_ar,
    "xinhua": page_xinhua, "aggregator_zh": page_aggregator_zh, "kyodo": page_kyodo,
    "kyodo_mobile": page_kyodo_mobile,
}

# Where a derived copy appears: (source, url template, minutes after the original).
DUP_KINDS = {
    "rescrape_other_chrome": (None, "{url}?amp", 0),
    "reprint_dropped_headline": ("newsline24.net", "https://newsline24.net/world/{n}", 150),
    "light_edit": (None, "{url}", 40),
    "correction": (None, "{url}", 180),
    "truncated_copy": ("worldnewsfeed.net", "https://worldnewsfeed.net/story/{n}", 90),
    "copy_in_other_chrome": (None, "{url}", 1440),
}
COPY_HOSTS = {"embassy_uk": "rusemb.org.uk", "embassy_us": "russianembassy.org",
              "blog": "russiaobserver.wordpress.com", "embassy_ru": "belarus.mid.ru"}
UNSPACED = ("zh", "ja")


def apply_edits(s, edits):
    text = "\n\n".join(s["paras"])
    for old, new in edits:
        if old not in text:
            sys.exit(f"{s['key']}: edit text not found: {old!r}")
        text = text.replace(old, new, 1)
    return text.split("\n\n")


def truncate(s, frac):
    """The first FRAC of the text, cut at a word (or, in Chinese and Japanese,
    a character), paragraph breaks kept."""
    spaced = s["lang"] not in UNSPACED
    units = [len(p.split()) if spaced else len(p) for p in s["paras"]]
    budget = int(round(sum(units) * frac))
    out = []
    for p, n in zip(s["paras"], units):
        if budget <= 0:
            break
        if n <= budget:
            out.append(p)
        else:
            out.append((" ".join(p.split()[:budget]) if spaced else p[:budget]) + " …")
        budget -= n
    return out


def render(s, chrome, title, paras):
    """Paragraphs are separated by an empty line, as on the pages."""
    return "\n".join(CHROME[chrome](s, title, ["\n\n".join(paras)]))


def shift(published, minutes):
    from datetime import datetime, timedelta
    return (datetime.fromisoformat(published) + timedelta(minutes=minutes)).isoformat()


def derive(s, kind, opt, n):
    source, url, minutes = DUP_KINDS[kind]
    title, paras, chrome = s["title"], s["paras"], opt.get("chrome", s["chrome"])
    if kind in ("light_edit", "correction"):
        paras = apply_edits(s, opt["edits"])
        if "title" in opt:
            old, new = opt["title"]
            title = title.replace(old, new)
    elif kind == "truncated_copy":
        paras = truncate(s, opt["frac"])
    elif kind == "reprint_dropped_headline":
        title = ""
    if kind == "copy_in_other_chrome":
        source = COPY_HOSTS[chrome]
        url = f"https://{source}/news/{n}"
    item = {"source": source or s["source"], "url": url.format(url=s["url"], n=n),
            "title": title, "body": render(s, chrome, title, paras), "lang": s["lang"],
            "published": shift(s["published"], minutes)}
    return item


def main():
    from datetime import datetime
    rows = []  # (utc time, sequence, item, story key, hard_with key)
    for s in STORIES:
        item = {"source": s["source"], "url": s["url"], "title": s["title"],
                "body": render(s, s["chrome"], s["title"], s["paras"]), "lang": s["lang"],
                "published": s["published"]}
        rows.append((s, item, s["kind"], s.get("hard_with")))
        for i, (kind, opt) in enumerate(s["dups"]):
            rows.append((s, derive(s, kind, opt, 1000 + len(rows)), kind, None))
    order = sorted(range(len(rows)),
                   key=lambda i: (datetime.fromisoformat(rows[i][1]["published"]).timestamp(), i))
    ids, clusters = {}, {}
    for n, i in enumerate(order, 1):
        s, item, kind, _ = rows[i]
        item["id"] = f"w{n:03d}"
        if rows[i][2] in DUP_KINDS:
            continue
        ids[s["key"]] = item["id"]
    for i in order:
        s = rows[i][0]
        clusters.setdefault(s["key"], f"c{len(clusters) + 1:02d}")
    for i in order:
        s, item, kind, hard = rows[i]
        label = {"cluster": clusters[s["key"]], "kind": kind}
        if hard:
            label["hard_with"] = ids[hard]
        out = {"id": item["id"], "source": item["source"], "url": item["url"],
               "title": item["title"], "body": item["body"], "lang": item["lang"],
               "published": item["published"], "label": label}
        print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
