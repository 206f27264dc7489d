import type { MessageCatalog } from '../en/index';

export const updates = {
  updates: {
    title: 'Mises à jour',
    installedVersion: 'Version installée : {{version}}',
    channel: 'Canal de mise à jour',
    stable: 'Stable',
    beta: 'Bêta (préversions pour les utilisateurs pilotes)',
    checkNow: 'Rechercher maintenant',
    installNow: 'Redémarrer et installer',
    lastChecked: 'Dernière recherche : {{time}}',
    ready: 'La mise à jour {{version}} est prête.',
    availability: {
      browser:
        'Le mode navigateur n’installe rien : rechargez la page pour utiliser la version la plus récente du serveur.',
      development: 'Une version de développement ne se met pas à jour elle-même.',
      disabledByPolicy:
        'Votre service informatique installe les nouvelles versions sur cet ordinateur.',
      notConfigured:
        'Cette installation n’a pas d’emplacement de mise à jour. Demandez à votre service informatique comment les nouvelles versions lui parviennent.',
      unverifiable:
        'Les mises à jour sont désactivées : cette installation ne peut pas vérifier la signature d’une mise à jour. Demandez un programme d’installation signé à votre service informatique.',
    },
    phase: {
      idle: 'Les mises à jour sont recherchées peu après le démarrage, puis toutes les quatre heures.',
      checking: 'Recherche de mises à jour…',
      downloading: 'Téléchargement de la version {{version}} en arrière-plan : {{percent}} %.',
      downloaded: 'La version {{version}} est téléchargée et vérifiée.',
      upToDate: 'MedInfo Desk est à jour.',
      failed: 'La dernière recherche de mises à jour a échoué ; elle sera relancée plus tard.',
      installing: 'Installation de la version {{version}}…',
    },
    gate: {
      nothingDownloaded: 'Aucune mise à jour en attente.',
      requiredNotDownloaded:
        'Le serveur de votre entreprise ne synchronise qu’avec la version {{version}} ou ultérieure. La mise à jour se télécharge depuis l’emplacement de mise à jour de votre entreprise dès qu’elle y est disponible ; si elle n’arrive pas, contactez votre service informatique.',
      waitingForApp:
        'Elle s’installera dès que MedInfo Desk aura vérifié les modifications non synchronisées.',
      unsavedInput:
        'Elle attend que vous enregistriez ou abandonniez le formulaire en cours, puis s’installera lorsque vous quitterez ou redémarrerez.',
      unsyncedChanges_one:
        'Elle attend que {{count}} modification non synchronisée ait atteint le serveur (connectez-vous au réseau), puis s’installera lorsque vous quitterez ou redémarrerez.',
      unsyncedChanges_other:
        'Elle attend que {{count}} modifications non synchronisées aient atteint le serveur (connectez-vous au réseau), puis s’installera lorsque vous quitterez ou redémarrerez.',
      ready:
        'Elle s’installera lorsque vous quitterez MedInfo Desk, ou maintenant si vous redémarrez.',
      readySyncRefused_one:
        'Le serveur de votre entreprise ne synchronise plus avec cette version : redémarrez pour installer la mise à jour. {{count}} modification non synchronisée est conservée et sera envoyée par la nouvelle version.',
      readySyncRefused_other:
        'Le serveur de votre entreprise ne synchronise plus avec cette version : redémarrez pour installer la mise à jour. {{count}} modifications non synchronisées sont conservées et seront envoyées par la nouvelle version.',
    },
  },
} satisfies Pick<MessageCatalog, 'updates'>;
