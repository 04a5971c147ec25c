// FolioHighlight: placeholder until its stage lands.
