export const common = {
  appName: 'Shuraka',
  appTagline: 'Empowerment and lending partners',
  nav: {
    main: 'Main navigation',
    toggle: 'Show or hide navigation',
    organizations: 'Organisations',
    consortia: 'Consortia',
    services: 'Services',
    administration: 'Administration',
    newOrganization: 'New organisation',
    newConsortium: 'New consortium',
  },
  language: {
    switchTo: 'العربية',
    switchLabel: 'Switch to Arabic',
  },
  user: {
    signOut: 'Sign out',
    signedInAs: 'Signed in as {{name}}',
  },
  actions: {
    retry: 'Try again',
    loadMore: 'Load more',
    cancel: 'Cancel',
    save: 'Save',
    edit: 'Edit',
    back: 'Back',
    add: 'Add',
    remove: 'Remove',
    confirm: 'Confirm',
    clearFilters: 'Clear filters',
  },
  states: {
    loading: 'Loading…',
    notFoundTitle: 'Not found',
    notFoundText: 'What you are looking for does not exist, or your account cannot see it.',
    goHome: 'Go to organisations',
  },
  pagination: {
    shown: 'Showing {{shown}} of {{total}}',
  },
  filters: {
    title: 'Filters',
    all: 'All',
  },
  values: {
    notSpecified: 'Not specified',
    yes: 'Yes',
    no: 'No',
    range: '{{min}} – {{max}}',
    from: 'From {{min}}',
    upTo: 'Up to {{max}}',
  },
  localized: {
    ar: 'Arabic',
    en: 'English',
  },
};
