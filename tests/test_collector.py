"""The garbage collector is held off while rounds run and put back as it was when the last one ends."""

import gc
import threading

import pytest

from digest import collector


@pytest.fixture(autouse=True)
def _collector_restored():
    was_on = gc.isenabled()
    yield
    if was_on:
        gc.enable()
    else:
        gc.disable()


def test_interleaved_rounds_leave_collector_on():
    # A enters, B enters, A leaves, B leaves: B saw the collector off (A's pause), which is not its state.
    gc.enable()
    a = collector.paused()
    b = collector.paused()
    a.__enter__()
    b.__enter__()
    assert not gc.isenabled()
    a.__exit__(None, None, None)
    assert not gc.isenabled()  # B still runs
    b.__exit__(None, None, None)
    assert gc.isenabled()


def test_rounds_in_two_threads_leave_collector_on():
    gc.enable()
    both_in = threading.Barrier(2)
    first_out = threading.Event()
    seen_after_first: list[bool] = []

    def first():
        with collector.paused():
            both_in.wait()
        first_out.set()

    def second():
        with collector.paused():
            both_in.wait()
            first_out.wait()
            seen_after_first.append(gc.isenabled())

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen_after_first == [False]  # off while the second round still runs
    assert gc.isenabled()


def test_round_that_raises_leaves_collector_on():
    gc.enable()
    with pytest.raises(ValueError), collector.paused():
        raise ValueError("the round failed")
    assert gc.isenabled()


def test_collector_off_before_stays_off():
    gc.disable()
    with collector.paused(), collector.paused():
        pass
    assert not gc.isenabled()
