// Unit tests run against an in-memory IndexedDB (fake-indexeddb), never a mock of Dexie.
import 'fake-indexeddb/auto';
