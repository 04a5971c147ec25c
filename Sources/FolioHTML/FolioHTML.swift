// FolioHTML: placeholder until its stage lands.
