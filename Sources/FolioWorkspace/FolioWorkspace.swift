// FolioWorkspace: placeholder until its stage lands.
