/**
 * digital.gov files posts under topics, Broadsheet under a few sections: the first topic with a
 * section here decides, anything else is City. The pairing is loose on purpose; it only spreads the
 * archive over every section the sample site has, so section pages get real volume.
 */
const SECTION_BY_TOPIC: Record<string, string> = {
  'public-policy': 'politics',
  governance: 'politics',
  'open-government': 'politics',
  privacy: 'politics',
  trust: 'politics',
  'terms-of-service': 'politics',
  'information-collection': 'politics',
  'records-management': 'politics',
  acquisition: 'business',
  'budgeting-and-performance': 'business',
  'product-and-project-management': 'business',
  'professional-development': 'business',
  'open-data': 'climate',
  'crowdsourcing-and-citizen-science': 'climate',
  'data-visualization': 'climate',
  'content-strategy': 'culture',
  'social-media': 'culture',
  multimedia: 'culture',
  design: 'culture',
  communication: 'culture',
  'plain-language': 'culture',
  multilingual: 'culture',
  podcast: 'culture',
  'challenges-and-prize-competitions': 'sport',
};

export function sectionFor(topics: string[]): string {
  for (const topic of topics) {
    const section = SECTION_BY_TOPIC[topic.toLowerCase()];
    if (section) return section;
  }
  return 'city';
}
