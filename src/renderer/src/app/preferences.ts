// The editor's settings, kept between starts: the window passes its localStorage.
export type Preferences = Pick<Storage, 'getItem' | 'setItem'>;
