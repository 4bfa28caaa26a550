/**
 * Innovation manager: technology, AI, products, R&D, startups, platforms, cloud. Vocabulary
 * after the technology fields of the OECD Frascati Manual (2015) and the sections of
 * technology desks (heise, The Verge, Wired).
 *
 * French, Spanish, Italian and Dutch: the same concepts in each language's newsroom words,
 * written for Kontext, not translated word for word. Where a word is ambiguous in one language
 * only (French `capital`, Italian `utile`), it is weaker there, and the comment says why.
 */
import type { Lens } from '../lens';
import { BUILTIN_LENS_LABELS } from './labels';
import { MEDIUM, STRONG, WEAK, weighted } from '../lens';

export const innovationManager: Lens = {
  id: 'innovation-manager',
  labels: BUILTIN_LENS_LABELS['innovation-manager'],
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
    fr: [
      ...weighted(STRONG, [
        'technologie', 'technologique', 'tech', 'innovation', 'innovant', 'intelligence artificielle',
        'IA', 'apprentissage automatique', 'algorithme', 'logiciel', 'plateforme', 'cloud', 'start-up',
        'jeune pousse', 'recherche et développement', 'produit', 'prototype', 'brevet', 'numérique',
        'données personnelles', 'mégadonnées', 'big data', 'robot', 'automatisation', 'capteur', 'caméra', 'satellite', 'smartphone',
        'internet', 'puce', 'semi-conducteurs', 'drone', 'voiture électrique', 'batterie',
        'centre de données', 'serveur', 'streaming', 'radar', 'autonome', 'réalité virtuelle',
        'blockchain', '5G', 'quantique', 'biotechnologie', 'laboratoire', 'invention', 'ingénieur',
        'ordinateur', 'informatique', 'infrastructure', 'haut débit', 'en ligne', 'site web',
        'appareil',
      ]),
      // `recherche` is also a search (`à la recherche de`), `application` also the application of a
      // rule: alone they only hint. `données` alone stems like `donner` (to give), so it stands in phrases.
      ...weighted(MEDIUM, ['recherche', 'application']),
      ...weighted(MEDIUM, [
        'développement', 'développeur', 'réseau', 'logistique', 'modèle économique', 'modèle',
        'fondateur', 'service', 'utilisateurs', 'lancement', 'test', 'essais', 'vidéo', 'aviation',
        'fret', 'système', 'jeux vidéo', 'console',
      ]),
      ...weighted(WEAK, ['avenir', 'marché', 'clients']),
    ],
    es: [
      ...weighted(STRONG, [
        'tecnología', 'tecnológico', 'innovación', 'innovador', 'inteligencia artificial', 'IA',
        'aprendizaje automático', 'algoritmo', 'software', 'plataforma', 'nube', 'startup',
        'investigación y desarrollo', 'producto', 'prototipo', 'patente', 'digital', 'datos', 'robot',
        'automatización', 'sensor', 'satélite', 'app', 'teléfono inteligente', 'internet', 'chip',
        'semiconductores', 'dron', 'coche eléctrico', 'vehículo eléctrico', 'batería',
        'centro de datos', 'servidor', 'streaming', 'radar', 'realidad virtual', 'blockchain', '5G',
        'cuántica', 'biotecnología', 'laboratorio', 'invención', 'ingeniero', 'ordenador',
        'computadora', 'informática', 'infraestructura', 'banda ancha', 'en línea', 'sitio web',
        'dispositivo', 'tecnológica',
      ]),
      // `aplicación` is also the application of a law, `cámara` also a chamber of parliament,
      // `autónomo` also a self-employed worker, `móvil` also a motive, `investigación` also a police
      // inquiry: alone they only hint.
      ...weighted(MEDIUM, ['aplicación', 'cámara', 'autónomo', 'móvil', 'investigación']),
      ...weighted(MEDIUM, [
        'desarrollo', 'desarrollador', 'red', 'logística', 'modelo de negocio', 'modelo', 'fundador',
        'servicio', 'usuarios', 'lanzamiento', 'prueba', 'vídeo', 'aviación', 'carga', 'sistema',
        'videojuegos', 'consola',
      ]),
      ...weighted(WEAK, ['futuro', 'mercado', 'clientes']),
    ],
    it: [
      ...weighted(STRONG, [
        'tecnologia', 'tecnologico', 'tech', 'innovazione', 'innovativo', 'intelligenza artificiale',
        'IA', 'apprendimento automatico', 'algoritmo', 'software', 'piattaforma', 'cloud', 'startup',
        'ricerca e sviluppo', 'prodotto', 'prototipo', 'brevetto', 'digitale', 'big data', 'robot',
        'automazione', 'sensore', 'telecamera', 'satellite', 'app', 'smartphone', 'internet', 'chip',
        'semiconduttori', 'drone', 'auto elettrica', 'batteria', 'data center', 'server', 'streaming',
        'radar', 'realtà virtuale', 'blockchain', '5G', 'quantistico', 'biotecnologie', 'laboratorio',
        'invenzione', 'ingegnere', 'computer', 'informatica', 'infrastruttura', 'banda larga', 'online',
        'sito web', 'dispositivo',
      ]),
      // `ricerca` is also a search (`alla ricerca di`), `rete` also a goal scored, `autonomo` also
      // self-employed, `dati` one stem with `data` (a date) and `dato` (given): alone they only hint.
      ...weighted(MEDIUM, ['ricerca', 'rete', 'autonomo', 'dati']),
      ...weighted(MEDIUM, [
        'sviluppo', 'sviluppatore', 'logistica', 'modello di business', 'modello', 'fondatore',
        'servizio', 'utenti', 'lancio', 'test', 'prova', 'video', 'aviazione', 'sistema',
        'videogiochi', 'console',
      ]),
      ...weighted(WEAK, ['futuri', 'mercato', 'clienti']),
    ],
    nl: [
      ...weighted(STRONG, [
        'technologie', 'technologisch', 'techniek', 'tech', 'innovatie', 'innovatief',
        'kunstmatige intelligentie', 'AI', 'machine learning', 'algoritme', 'software', 'platform',
        'cloud', 'start-up', 'startup', 'product', 'prototype', 'octrooi', 'patent', 'digitaal', 'data',
        'gegevens', 'robot', 'automatisering', 'sensor', 'camera', 'satelliet', 'app', 'smartphone',
        'internet', 'chip', 'halfgeleider', 'drone', 'elektrische auto', 'batterij', 'accu',
        'datacenter', 'server', 'streaming', 'radar', 'autonoom', 'virtual reality', 'blockchain', '5G',
        'quantum', 'biotech', 'laboratorium', 'uitvinding', 'ingenieur', 'computer', 'infrastructuur',
        'breedband', 'online', 'website', 'apparaat',
      ]),
      // `onderzoek` is research and also a police or parliamentary inquiry: alone it only hints.
      ...weighted(MEDIUM, ['onderzoek']),
      ...weighted(MEDIUM, [
        'ontwikkeling', 'ontwikkelaar', 'netwerk', 'logistiek', 'verdienmodel', 'model', 'oprichter',
        'dienst', 'gebruikers', 'lancering', 'test', 'proef', 'video', 'luchtvaart', 'vracht',
        'systeem', 'games', 'console',
      ]),
      ...weighted(WEAK, ['toekomst', 'markt', 'klanten']),
    ],
  },
};
