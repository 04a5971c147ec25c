// FolioRender: placeholder until its stage lands.
