import type { Id, Product } from '../../../shared/schemas';
import type { MedinfoDatabase } from './db';
import { writeSynced, writeSyncedBatch } from './write-synced';
import type { Actor } from './write-synced';

/**
 * Creates or updates a product through the synced write path (outbox + audit, one
 * transaction). Throws a ZodError when the product is invalid and StoreNotOpenError without a
 * device identity.
 */
export async function saveProduct(
  db: MedinfoDatabase,
  product: Product,
  actor: Actor,
): Promise<Product> {
  const receipt = await writeSynced(db, {
    table: 'products',
    record: product,
    actor,
    operation: 'put',
  });
  return receipt.record;
}

/** `saveProduct` for many products in one transaction (all or nothing); throws the same. */
export async function saveProducts(
  db: MedinfoDatabase,
  products: readonly Product[],
  actor: Actor,
): Promise<Product[]> {
  const receipts = await writeSyncedBatch(db, {
    table: 'products',
    records: products,
    actor,
    operation: 'put',
  });
  return receipts.map((receipt) => receipt.record);
}

/** A product by id; undefined when unknown or deleted. */
export async function getProduct(db: MedinfoDatabase, id: Id): Promise<Product | undefined> {
  const product = await db.products.get(id);
  return product?.deleted ? undefined : product;
}

/** All products that are not deleted, by brand name. */
export async function listProducts(db: MedinfoDatabase): Promise<Product[]> {
  const products = await db.products.orderBy('brandName').toArray();
  return products.filter((product) => !product.deleted);
}
