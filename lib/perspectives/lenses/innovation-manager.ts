/**
 * Innovation manager: technology, AI, products, R&D, startups, platforms, cloud. Vocabulary
 * after the technology fields of the OECD Frascati Manual (2015) and the sections of
 * technology desks (heise, The Verge, Wired).
 */
import type { Lens } from '../lens';
import { MEDIUM, STRONG, WEAK, weighted } from '../lens';

export const innovationManager: Lens = {
  id: 'innovation-manager',
  labels: { de: 'Relevanz für Innovationsmanager:innen', en: 'For innovation managers' },
  facts: ['count', 'money', 'date'],
  // Word lists read best as running text, so the formatter leaves them alone.
  // prettier-ignore
  cues: {
    de: [
      ...weighted(STRONG, [
        'Technologie', 'Technik', 'Innovation', 'innovativ', 'künstliche Intelligenz', 'KI', 'AI',
        'Algorithmus', 'Software', 'Plattform', 'Cloud', 'Startup', 'Start-up', 'Forschung',
        'Produkt', 'Prototyp', 'Patent', 'digital', 'Digitalisierung', 'Daten', 'Roboter',
        'Automatisierung', 'Sensor', 'Kamera', 'Satellit', 'App', 'Smartphone', 'Internet', 'Chip',
        'Halbleiter', 'Drohne', 'Elektroauto', 'Batterie', 'Rechenzentrum', 'Server',
        'Web Services', 'Streaming', 'Radar', 'autonom', 'Virtual Reality', 'Blockchain', '5G',
        'Quanten', 'Biotech', 'Labor', 'Erfindung', 'Ingenieur', 'maschinelles Lernen', 'Computer',
        'Infrastruktur', 'Tech',
      ]),
      ...weighted(MEDIUM, [
        // Snowball stems `Entwickler` and `Entwicklung` alike; the general sense of development only hints.
        'Entwicklung', 'Gerät', 'Netzwerk', 'Netz', 'online', 'Logistik', 'Geschäftsmodell',
        'Modell', 'Gründer', 'Dienst', 'Service', 'Nutzer', 'Test', 'Video', 'Luftfahrt', 'Fracht',
      ]),
      ...weighted(WEAK, ['Zukunft', 'Markt', 'Kunden']),
    ],
    en: [
      ...weighted(STRONG, [
        'technology', 'tech', 'innovation', 'innovative', 'artificial intelligence', 'AI',
        'machine learning', 'algorithm', 'software', 'platform', 'cloud', 'startup', 'start-up',
        'research', 'research and development', 'product', 'prototype', 'patent', 'digital', 'data',
        'robot', 'automation', 'sensor', 'camera', 'satellite', 'app', 'smartphone', 'internet',
        'chip', 'semiconductor', 'drone', 'electric vehicle', 'battery', 'data centre',
        'data center', 'server', 'streaming', 'radar', 'autonomous', 'virtual reality',
        'blockchain', '5G', 'quantum', 'biotech', 'laboratory', 'invention', 'engineer', 'computer',
        'computing', 'infrastructure', 'broadband', 'online', 'web', 'website', 'gadget', 'device',
        'mobile phone', 'R&D',
      ]),
      ...weighted(MEDIUM, [
        'development', 'developer', 'network', 'logistics', 'business model', 'model', 'founder',
        'service', 'users', 'launch', 'test', 'video', 'aviation', 'cargo', 'system', 'games',
        'console',
      ]),
      ...weighted(WEAK, ['future', 'market', 'customers']),
    ],
  },
};
