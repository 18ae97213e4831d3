	.option rvc
	.text
	.globl _start
_start:
	la x31, scratch
	mv x2, x31
	la x30, ivals
	ld x1, 200(x30)
	ld x3, 96(x30)
	ld x4, 16(x30)
	ld x5, 88(x30)
	ld x6, 160(x30)
	ld x7, 192(x30)
	ld x8, 32(x30)
	ld x9, 176(x30)
	ld x10, 8(x30)
	ld x11, 0(x30)
	ld x12, 96(x30)
	ld x13, 200(x30)
	ld x14, 176(x30)
	ld x15, 176(x30)
	ld x16, 160(x30)
	ld x17, 136(x30)
	ld x18, 192(x30)
	ld x19, 72(x30)
	ld x20, 96(x30)
	ld x21, 104(x30)
	ld x22, 32(x30)
	ld x23, 72(x30)
	ld x24, 120(x30)
	ld x25, 104(x30)
	ld x26, 8(x30)
	ld x27, 136(x30)
	ld x28, 16(x30)
	ld x29, 88(x30)
	ld x30, 136(x30)
	la x30, dvals
	flw f0, 348(x30)
	fld f1, 216(x30)
	flw f2, 280(x30)
	flw f3, 348(x30)
	fld f4, 224(x30)
	flw f5, 288(x30)
	fld f6, 184(x30)
	fld f7, 232(x30)
	flw f8, 284(x30)
	flw f9, 332(x30)
	fld f10, 24(x30)
	fld f11, 216(x30)
	fld f12, 24(x30)
	fld f13, 192(x30)
	fld f14, 56(x30)
	fld f15, 40(x30)
	fld f16, 224(x30)
	flw f17, 392(x30)
	fld f18, 104(x30)
	fld f19, 128(x30)
	fld f20, 264(x30)
	flw f21, 284(x30)
	fld f22, 184(x30)
	flw f23, 396(x30)
	fld f24, 160(x30)
	fld f25, 348(x30)
	flw f26, 388(x30)
	fld f27, 240(x30)
	flw f28, 364(x30)
	fld f29, 32(x30)
	flw f30, 344(x30)
	flw f31, 332(x30)
	c.addw x9, x14
	sllw x1, x28, x17
	sw x15, 1152(x31)
	fsflags x7, x26
	bne x28, x23, 1f
	sub x15, x15, x9
	sllw x17, x5, x29
1:
	la x30, dvals
	flw f6, 324(x30)
	fcvt.wu.s x8, f6, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 0(x30)
	mulh x23, x13, x18
	la x30, dvals
	fld f11, 96(x30)
	fsub.d f17, f11, f25, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 1(x30)
	divuw x27, x17, x16
	la x30, dvals
	flw f15, 612(x30)
	fsqrt.s f13, f15, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 2(x30)
	la x30, dvals
	flw f11, 376(x30)
	fadd.s f17, f11, f25, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 3(x30)
	slti x9, x21, 2047
	mul x6, x11, x3
	sd x1, 696(x31)
	c.swsp x7, 0(sp)
	c.sdsp x15, 96(sp)
	fsub.s f30, f22, f25, rne
	la x30, dvals
	flw f4, 632(x30)
	la x30, dvals
	flw f14, 372(x30)
	fdiv.s f19, f4, f14, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 4(x30)
	la x30, dvals
	flw f13, 352(x30)
	la x30, dvals
	flw f25, 628(x30)
	fadd.s f19, f13, f25, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 5(x30)
	la x30, dvals
	fld f10, 504(x30)
	la x30, dvals
	fld f16, 424(x30)
	fle.d x19, f10, f16
	c.j 1f
	sllw x5, x23, x17
1:
	fcvt.w.d x14, f11, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 6(x30)
	la x30, dvals
	flw f25, 604(x30)
	fsgnjx.s f0, f5, f25
	fsflags x29, x0
	la x30, flaglog
	sb x29, 7(x30)
	auipc x25, 1
	flw f12, 1608(x31)
	addi x29, x21, 63
	bge x12, x27, 1f
	addw x16, x0, x29
	addw x19, x9, x3
1:
	la x30, dvals
	fld f15, 24(x30)
	fdiv.d f22, f15, f29, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 8(x30)
	frrm x3
	la x30, dvals
	fld f2, 136(x30)
	fadd.d f23, f16, f2, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 9(x30)
	sllw x0, x18, x7
	blt x6, x14, 1f
	srlw x9, x23, x4
	slt x10, x19, x16
1:
	lh x26, 1358(x2)
	la x30, dvals
	fld f7, 8(x30)
	la x30, dvals
	fld f10, 408(x30)
	fmul.d f2, f7, f10, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 10(x30)
	addi x30, x31, 1920
	amomaxu.w.aq x5, x0, (x30)
	sb x28, 2014(x31)
	blt x27, x3, 1f
	xor x26, x17, x22
1:
	la x30, dvals
	flw f31, 376(x30)
	fdiv.s f30, f31, f1, rdn
	la x30, dvals
	fld f30, 440(x30)
	fcvt.wu.d x8, f30, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 11(x30)
	la x30, 1f
	jalr x4, 0(x30)
	addw x13, x29, x11
1:
	fmv.w.x f2, x6
	bne x20, x21, 1f
	sllw x11, x7, x10
1:
	fsgnj.d f16, f4, f12
	fsflags x29, x0
	la x30, flaglog
	sb x29, 12(x30)
	lui x29, 1
	addiw x11, x6, 2047
	la x30, dvals
	fld f21, 40(x30)
	la x30, dvals
	fld f12, 192(x30)
	fle.d x8, f21, f12
	fsflags x29, x0
	la x30, flaglog
	sb x29, 13(x30)
	addi x30, x31, 336
	amoxor.w.aqrl x4, x26, (x30)
	bge x1, x26, 1f
	add x16, x29, x19
1:
	addiw x5, x25, 32
	lw x3, 488(x2)
	la x30, dvals
	fld f9, 504(x30)
	fsub.d f9, f20, f9, rtz
	slti x11, x29, -1
	la x30, dvals
	fld f3, 472(x30)
	fmadd.d f31, f13, f7, f3, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 14(x30)
	lui x17, 0
	c.addw x14, x13
	la x30, dvals
	fld f8, 536(x30)
	feq.d x17, f29, f8
	fsflags x29, x0
	la x30, flaglog
	sb x29, 15(x30)
	la x30, dvals
	flw f12, 624(x30)
	fcvt.w.s x3, f12, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 16(x30)
	la x30, dvals
	flw f27, 384(x30)
	fcvt.d.s f26, f27
	fsflags x29, x0
	la x30, flaglog
	sb x29, 17(x30)
	la x30, dvals
	fld f28, 40(x30)
	la x30, dvals
	fld f1, 224(x30)
	fsub.d f24, f28, f1, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 18(x30)
	mulhsu x25, x7, x27
	la x30, dvals
	fld f18, 16(x30)
	la x30, dvals
	fld f30, 96(x30)
	fmul.d f28, f18, f30, rup
	addi x9, x13, -2
	addiw x19, x9, 2047
	sllw x8, x18, x27
	auipc x10, 1048575
	addi x30, x31, 368
	lr.d.rl x1, (x30)
	sc.d.rl x15, x17, (x30)
	sc.d x13, x1, (x30)
	c.fldsp f11, 264(sp)
	la x30, dvals
	flw f13, 628(x30)
	la x30, dvals
	flw f5, 332(x30)
	fadd.s f23, f13, f5, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 19(x30)
	bltu x16, x1, 1f
	sraw x3, x14, x10
	sllw x15, x5, x19
1:
	la x30, dvals
	flw f12, 324(x30)
	la x30, dvals
	flw f3, 616(x30)
	fsub.s f15, f12, f3, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 20(x30)
	mulhsu x27, x22, x28
	la x30, dvals
	flw f0, 392(x30)
	fcvt.l.s x10, f0, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 21(x30)
	sd x5, 168(x31)
	mulhsu x7, x21, x17
	mulw x27, x12, x17
	sra x25, x29, x20
	divu x3, x23, x28
	sb x23, 1482(x31)
	lbu x28, 775(x2)
	la x30, dvals
	fld f1, 408(x30)
	fnmadd.d f11, f8, f31, f1, rne
	la x30, 1f
	c.jalr x30
	sraw x10, x11, x9
1:
	c.srli x14, 2
	c.andi x12, -27
	add x1, x18, x18
	mv x14, x31
	c.ld x10, 240(x14)
	la x30, 1f
	jalr x23, 1(x30)
	or x15, x23, x19
1:
	beq x20, x21, 1f
	sllw x21, x27, x4
1:
	la x30, dvals
	flw f2, 644(x30)
	fnmadd.s f24, f2, f6, f15, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 22(x30)
	la x30, 1f
	c.jalr x30
	xor x7, x0, x12
1:
	la x30, dvals
	flw f26, 280(x30)
	la x30, dvals
	flw f3, 616(x30)
	fsub.s f23, f26, f3, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 23(x30)
	fcvt.s.l f28, x10, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 24(x30)
	la x30, 1f
	jalr x23, 1(x30)
	and x18, x12, x16
1:
	fdiv.s f12, f4, f8, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 25(x30)
	la x30, dvals
	flw f2, 316(x30)
	la x30, dvals
	flw f18, 280(x30)
	fdiv.s f15, f2, f18, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 26(x30)
	sltu x13, x1, x24
	c.addi4spn x12, sp, 736
	c.nop
	bltu x17, x5, 1f
	sllw x9, x29, x29
	srl x9, x14, x18
1:
	xori x17, x1, -2048
	fcvt.w.s x6, f26, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 27(x30)
	bgeu x29, x22, 1f
	sraw x6, x22, x11
1:
	fmul.s f3, f26, f19, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 28(x30)
	la x30, dvals
	flw f18, 280(x30)
	fsqrt.s f17, f18, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 29(x30)
	la x30, dvals
	fld f19, 408(x30)
	la x30, dvals
	fld f30, 16(x30)
	fsub.d f27, f19, f30, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 30(x30)
	la x30, dvals
	flw f15, 384(x30)
	la x30, dvals
	flw f29, 296(x30)
	fsub.s f22, f15, f29, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 31(x30)
	fmv.x.w x17, f23
	c.and x11, x8
	c.lwsp x19, 176(sp)
	c.ldsp x19, 480(sp)
	la x30, dvals
	flw f19, 652(x30)
	la x30, dvals
	flw f23, 592(x30)
	fmul.s f5, f19, f23, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 32(x30)
	la x30, dvals
	fld f12, 480(x30)
	fsub.d f31, f12, f8, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 33(x30)
	slt x26, x5, x18
	lwu x0, 1084(x2)
	sh x25, 366(x31)
	la x30, dvals
	fld f10, 568(x30)
	la x30, dvals
	fld f12, 152(x30)
	fsgnjn.d f28, f10, f12
	fsflags x29, x0
	la x30, flaglog
	sb x29, 34(x30)
	xor x29, x17, x22
	lwu x21, 124(x31)
	fcvt.s.lu f3, x5, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 35(x30)
	la x30, dvals
	fld f26, 200(x30)
	fsub.d f21, f26, f16, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 36(x30)
	bge x13, x5, 1f
	slt x29, x16, x15
1:
	lbu x16, 452(x31)
	fadd.d f18, f0, f30, rdn
	xori x21, x25, -1
	la x30, dvals
	flw f5, 676(x30)
	fcvt.l.s x15, f5, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 37(x30)
	remuw x13, x7, x25
	c.addi x29, -1
	c.addiw x29, -32
	la x30, dvals
	flw f14, 392(x30)
	fsub.s f24, f8, f14, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 38(x30)
	fsflags x26, x3
	la x30, dvals
	fld f22, 144(x30)
	fcvt.l.d x26, f22, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 39(x30)
	la x30, dvals
	flw f21, 348(x30)
	fsqrt.s f8, f21, rdn
	la x30, dvals
	flw f21, 612(x30)
	fcvt.lu.s x14, f21, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 40(x30)
	la x30, dvals
	fld f4, 472(x30)
	la x30, dvals
	fld f6, 528(x30)
	fdiv.d f19, f4, f6, dyn
	remu x5, x9, x18
	lhu x12, 1580(x31)
	bltu x20, x10, 1f
	srl x5, x12, x19
	sraw x26, x0, x1
1:
	mv x15, x31
	c.fld f13, 136(x15)
	la x30, dvals
	fld f1, 552(x30)
	fmul.d f2, f27, f1, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 41(x30)
	sd x6, 1160(x31)
	bge x3, x24, 1f
	sltu x16, x16, x11
	subw x16, x23, x12
1:
	la x30, dvals
	fld f24, 576(x30)
	la x30, dvals
	fld f31, 80(x30)
	fdiv.d f28, f24, f31, rtz
	addi x30, x31, 1328
	lr.d.aq x0, (x30)
	sc.d.aq x15, x22, (x30)
	sc.d x22, x24, (x30)
	fcvt.s.lu f13, x29, rdn
	la x30, dvals
	fld f22, 88(x30)
	la x30, dvals
	fld f13, 448(x30)
	fdiv.d f11, f22, f13, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 42(x30)
	mulw x7, x7, x26
	xor x25, x1, x9
	addw x22, x15, x1
	divw x27, x12, x28
	fsgnjx.d f26, f2, f4
	divw x19, x27, x9
	fsqrt.d f12, f13, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 43(x30)
	la x30, dvals
	flw f9, 684(x30)
	fsqrt.s f6, f9, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 44(x30)
	lui x23, 818083
	fdiv.d f0, f16, f27, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 45(x30)
	la x30, 1f
	jalr x3, 0(x30)
	and x29, x3, x1
1:
	frcsr x24
	bltu x4, x7, 1f
	addw x18, x19, x27
	sll x25, x4, x26
1:
	la x30, dvals
	flw f26, 280(x30)
	fadd.s f16, f4, f26, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 46(x30)
	fmsub.s f15, f20, f15, f17, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 47(x30)
	jal x21, 1f
	or x5, x11, x8
1:
	add x9, x17, x22
	lbu x12, 1993(x31)
	la x30, dvals
	flw f26, 644(x30)
	flt.s x29, f26, f23
	sb x19, 568(x31)
	fsw f8, 1604(x31)
	addw x29, x27, x3
	mv x9, x31
	c.fld f12, 128(x9)
	la x30, dvals
	flw f12, 596(x30)
	fmadd.s f20, f23, f12, f12, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 48(x30)
	beq x17, x28, 1f
	sllw x28, x7, x14
	sltu x8, x0, x12
1:
	c.and x15, x8
	bne x28, x23, 1f
	sltu x14, x23, x5
1:
	c.fldsp f24, 88(sp)
	la x30, dvals
	flw f27, 644(x30)
	fsqrt.s f29, f27, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 49(x30)
	auipc x0, 796451
	fsflags x5, x18
	fmax.d f3, f12, f12
	fsflags x29, x0
	la x30, flaglog
	sb x29, 50(x30)
	or x5, x24, x13
	la x30, dvals
	fld f15, 488(x30)
	feq.d x22, f24, f15
	fsflags x29, x0
	la x30, flaglog
	sb x29, 51(x30)
	sh x6, 90(x31)
	c.addi4spn x8, sp, 752
	fsqrt.s f23, f2, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 52(x30)
	la x30, dvals
	flw f19, 668(x30)
	fmax.s f25, f31, f19
	fsflags x29, x0
	la x30, flaglog
	sb x29, 53(x30)
	fcvt.s.l f14, x20, rdn
	slti x25, x10, 32
	addi x30, x31, 1064
	amomax.d.aq x6, x11, (x30)
	lbu x22, 985(x2)
	slli x27, x25, 32
	srliw x0, x17, 0
	mv x13, x31
	c.ld x11, 8(x13)
	c.mv x19, x15
	c.add x18, x19
	c.fldsp f23, 312(sp)
	mulh x11, x20, x28
	addi x30, x31, 592
	amoand.d x11, x10, (x30)
	la x30, dvals
	fld f30, 544(x30)
	la x30, dvals
	fld f30, 184(x30)
	fadd.d f29, f30, f30, rtz
	lb x17, 1402(x31)
	fsflags x16, x28
	fmadd.d f15, f30, f3, f8, rup
	lh x26, 1810(x2)
	c.swsp x6, 104(sp)
	c.sdsp x11, 272(sp)
	la x30, dvals
	flw f27, 644(x30)
	la x30, dvals
	flw f12, 352(x30)
	fmul.s f11, f27, f12, rne
	la x30, dvals
	flw f29, 348(x30)
	la x30, dvals
	flw f23, 384(x30)
	fnmsub.s f23, f19, f29, f23, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 54(x30)
	la x30, dvals
	fld f27, 112(x30)
	la x30, dvals
	fld f27, 400(x30)
	fmadd.d f15, f27, f27, f0, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 55(x30)
	fcvt.d.w f11, x28
	fsflags x29, x0
	la x30, flaglog
	sb x29, 56(x30)
	c.addi4spn x11, sp, 244
	c.mv x8, x16
	c.add x15, x8
	mulhu x0, x5, x22
	add x12, x20, x24
	addi x30, x31, 1832
	amominu.d x1, x25, (x30)
	or x9, x29, x20
	sraw x3, x19, x29
	sd x27, 1080(x31)
	srai x19, x22, 31
	sraiw x27, x5, 31
	addi x28, x20, -1
	fcvt.lu.s x27, f19, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 57(x30)
	ld x26, 568(x31)
	c.li x18, -22
	c.lui x18, 26
	addi x30, x31, 768
	amoswap.w.rl x23, x11, (x30)
	fmul.s f18, f16, f17, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 58(x30)
	bge x25, x25, 1f
	sltu x19, x17, x11
	sll x12, x26, x15
1:
	mv x15, x31
	c.fld f14, 168(x15)
	bne x0, x14, 1f
	sll x16, x9, x6
	slt x20, x29, x24
1:
	sraw x6, x21, x19
	fsub.s f10, f10, f14, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 59(x30)
	la x30, dvals
	fld f22, 224(x30)
	la x30, dvals
	fld f23, 440(x30)
	fle.d x26, f22, f23
	sltiu x15, x8, 64
	srli x27, x7, 33
	srliw x16, x26, 1
	add x11, x19, x23
	lwu x10, 1412(x31)
	la x30, dvals
	fld f29, 16(x30)
	la x30, dvals
	fld f4, 424(x30)
	fmsub.d f18, f29, f6, f4, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 60(x30)
	addi x30, x31, 768
	amomaxu.d.aq x10, x9, (x30)
	mul x7, x20, x3
	mul x22, x11, x16
	srl x0, x6, x22
	or x24, x29, x3
	sraw x27, x19, x11
	sll x11, x13, x26
	la x30, dvals
	fld f16, 560(x30)
	la x30, dvals
	fld f7, 416(x30)
	fadd.d f31, f16, f7, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 61(x30)
	sraw x25, x15, x18
	sb x29, 805(x31)
	c.srai x12, 12
	c.andi x9, -3
	sll x10, x12, x3
	xori x29, x0, -2048
	auipc x22, 524288
	lw x27, 944(x31)
	srl x17, x0, x0
	andi x25, x7, 32
	sb x22, 1758(x31)
	fsgnjn.s f17, f31, f3
	fsflags x29, x0
	la x30, flaglog
	sb x29, 62(x30)
	addi x8, x14, 1
	slli x17, x14, 63
	slliw x17, x19, 31
	div x4, x21, x26
	la x30, dvals
	flw f20, 620(x30)
	fcvt.l.s x7, f20, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 63(x30)
	c.nop
	la x30, dvals
	flw f31, 600(x30)
	fmul.s f25, f31, f25, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 64(x30)
	addi x30, x31, 376
	amoadd.d x19, x28, (x30)
	srli x22, x29, 1
	slliw x13, x0, 1
	addi x10, x9, -2048
	la x30, dvals
	fld f25, 536(x30)
	fle.d x14, f25, f10
	fsflags x29, x0
	la x30, flaglog
	sb x29, 65(x30)
	fsqrt.d f7, f12, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 66(x30)
	la x30, dvals
	fld f28, 176(x30)
	la x30, dvals
	fld f22, 440(x30)
	fmul.d f19, f28, f22, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 67(x30)
	la x30, dvals
	fld f11, 128(x30)
	la x30, dvals
	fld f3, 448(x30)
	flt.d x4, f11, f3
	fsflags x29, x0
	la x30, flaglog
	sb x29, 68(x30)
	remw x8, x5, x9
	la x30, dvals
	flw f16, 396(x30)
	fmul.s f20, f5, f16, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 69(x30)
	la x30, dvals
	fld f5, 208(x30)
	fadd.d f6, f5, f21, rne
	la x30, dvals
	flw f21, 292(x30)
	la x30, dvals
	flw f13, 656(x30)
	la x30, dvals
	flw f2, 628(x30)
	fnmsub.s f18, f21, f13, f2, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 70(x30)
	slli x6, x14, 33
	srliw x13, x12, 0
	lbu x29, 1087(x31)
	fsw f0, 756(x31)
	mv x10, x31
	c.lw x9, 8(x10)
	la x30, dvals
	flw f29, 388(x30)
	fsgnj.s f27, f8, f29
	fsflags x29, x0
	la x30, flaglog
	sb x29, 71(x30)
	c.li x11, -12
	c.lui x11, 22
	srli x10, x6, 33
	slliw x27, x26, 1
	mulhu x25, x17, x23
	mulhu x10, x0, x7
	fsgnj.d f19, f21, f20
	fsflags x29, x0
	la x30, flaglog
	sb x29, 72(x30)
	la x30, dvals
	flw f24, 616(x30)
	fdiv.s f25, f2, f24, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 73(x30)
	mulhsu x29, x5, x11
	mulhu x10, x14, x4
	la x30, dvals
	fld f27, 416(x30)
	fdiv.d f29, f30, f27, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 74(x30)
	la x30, 1f
	c.jalr x30
	sll x9, x23, x20
1:
	la x30, dvals
	fld f4, 576(x30)
	fsub.d f6, f4, f7, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 75(x30)
	beq x7, x19, 1f
	and x4, x23, x25
	srl x6, x27, x16
1:
	mv x11, x31
	c.fld f11, 80(x11)
	fmv.x.d x21, f1
	fcvt.w.s x22, f31, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 76(x30)
	c.nop
	add x0, x21, x26
	la x30, dvals
	fld f11, 472(x30)
	la x30, dvals
	fld f16, 456(x30)
	la x30, dvals
	fld f17, 72(x30)
	fnmadd.d f31, f11, f16, f17, rdn
	slt x10, x26, x10
	mv x11, x31
	c.lw x15, 48(x11)
	sb x25, 762(x31)
	bgeu x15, x29, 1f
	sllw x14, x10, x21
	or x19, x6, x19
1:
	divw x12, x15, x3
	la x30, dvals
	fld f2, 512(x30)
	la x30, dvals
	fld f12, 560(x30)
	fmul.d f12, f2, f12, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 77(x30)
	srli x0, x11, 0
	sraiw x14, x16, 16
	fmadd.s f12, f28, f6, f22, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 78(x30)
	la x30, dvals
	fld f28, 552(x30)
	fmax.d f14, f28, f26
	fsflags x29, x0
	la x30, flaglog
	sb x29, 79(x30)
	sh x19, 2(x31)
	xori x28, x17, 63
	sltiu x14, x25, 63
	sltiu x10, x19, 0
	la x30, dvals
	flw f4, 652(x30)
	la x30, dvals
	flw f4, 684(x30)
	fsgnjx.s f2, f4, f4
	fsflags x29, x0
	la x30, flaglog
	sb x29, 80(x30)
	sh x17, 1500(x31)
	lhu x4, 1444(x31)
	sltu x20, x12, x12
	la x30, dvals
	fld f1, 440(x30)
	fmax.d f18, f23, f1
	sub x17, x5, x20
	addi x30, x31, 352
	amoor.d x11, x22, (x30)
	la x30, dvals
	flw f25, 388(x30)
	fmul.s f4, f5, f25, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 81(x30)
	lh x3, 1058(x31)
	remw x21, x27, x25
	fmv.d.x f7, x23
	la x30, dvals
	fld f30, 400(x30)
	fadd.d f28, f30, f23, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 82(x30)
	la x30, dvals
	flw f4, 628(x30)
	la x30, dvals
	flw f20, 360(x30)
	fle.s x5, f4, f20
	fsflags x29, x0
	la x30, flaglog
	sb x29, 83(x30)
	la x30, dvals
	flw f16, 600(x30)
	fsgnjn.s f9, f16, f16
	fsflags x29, x0
	la x30, flaglog
	sb x29, 84(x30)
	la x30, dvals
	fld f19, 112(x30)
	la x30, dvals
	fld f29, 232(x30)
	fmsub.d f31, f19, f15, f29, dyn
	la x30, dvals
	flw f1, 316(x30)
	la x30, dvals
	flw f2, 632(x30)
	fsgnj.s f20, f1, f2
	fsflags x29, x0
	la x30, flaglog
	sb x29, 85(x30)
	andi x21, x18, 63
	c.lwsp x8, 108(sp)
	c.ldsp x7, 224(sp)
	la x30, dvals
	flw f6, 316(x30)
	la x30, dvals
	flw f8, 628(x30)
	la x30, dvals
	flw f26, 632(x30)
	fnmsub.s f25, f6, f8, f26, rne
	remw x25, x13, x11
	la x30, dvals
	fld f11, 512(x30)
	fmul.d f21, f3, f11, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 86(x30)
	lhu x17, 1818(x2)
	sb x29, 1091(x31)
	sw x23, 1628(x31)
	fmul.d f15, f14, f24, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 87(x30)
	la x30, dvals
	flw f10, 624(x30)
	fcvt.l.s x24, f10, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 88(x30)
	la x30, dvals
	flw f13, 292(x30)
	la x30, dvals
	flw f6, 280(x30)
	fnmsub.s f4, f13, f13, f6, dyn
	and x15, x0, x24
	fcvt.s.w f15, x8, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 89(x30)
	la x30, dvals
	fld f6, 128(x30)
	la x30, dvals
	fld f26, 528(x30)
	fadd.d f31, f6, f26, rtz
	sb x11, 902(x31)
	subw x9, x12, x8
	mulhu x10, x12, x21
	sh x20, 1320(x31)
	la x30, dvals
	flw f18, 336(x30)
	la x30, dvals
	flw f21, 380(x30)
	fsgnjn.s f12, f18, f21
	fsflags x29, x0
	la x30, flaglog
	sb x29, 90(x30)
	mv x15, x31
	c.fsd f14, 184(x15)
	lui x28, 524288
	la x30, dvals
	flw f3, 320(x30)
	la x30, dvals
	flw f9, 684(x30)
	fadd.s f23, f3, f9, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 91(x30)
	mulw x26, x6, x29
	xor x11, x27, x27
	la x30, dvals
	fld f11, 464(x30)
	fsqrt.d f23, f11, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 92(x30)
	la x30, dvals
	fld f2, 232(x30)
	la x30, dvals
	fld f6, 152(x30)
	fmadd.d f30, f19, f2, f6, rup
	lhu x29, 1221(x2)
	la x30, dvals
	flw f1, 648(x30)
	la x30, dvals
	flw f19, 660(x30)
	fmul.s f30, f1, f19, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 93(x30)
	or x0, x17, x11
	ori x5, x10, 1
	sub x1, x15, x29
	la x30, dvals
	flw f13, 632(x30)
	fcvt.w.s x15, f13, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 94(x30)
	remuw x23, x11, x16
	la x30, dvals
	fld f25, 200(x30)
	la x30, dvals
	fld f2, 504(x30)
	fmadd.d f16, f25, f2, f7, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 95(x30)
	c.slli x23, 26
	c.swsp x4, 208(sp)
	c.sdsp x21, 8(sp)
	bge x16, x24, 1f
	xor x16, x25, x22
	sub x18, x17, x1
1:
	ori x19, x7, -2048
	fsqrt.d f2, f29, rmm
	lui x4, 524288
	xori x8, x26, 32
	la x30, dvals
	fld f25, 576(x30)
	la x30, dvals
	fld f14, 424(x30)
	fadd.d f11, f25, f14, rne
	and x1, x27, x17
	subw x19, x27, x5
	c.lwsp x5, 124(sp)
	c.ldsp x22, 144(sp)
	jal x19, 1f
	add x16, x26, x13
1:
	fsqrt.d f3, f20, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 96(x30)
	remw x23, x1, x23
	c.fldsp f8, 48(sp)
	la x30, dvals
	flw f28, 632(x30)
	fcvt.d.s f10, f28
	fsflags x29, x0
	la x30, flaglog
	sb x29, 97(x30)
	lb x26, 690(x2)
	la x30, dvals
	fld f2, 32(x30)
	fsgnjx.d f16, f2, f3
	la x30, dvals
	fld f31, 192(x30)
	fdiv.d f0, f16, f31, rne
	lw x14, 464(x31)
	sraw x23, x5, x19
	fdiv.d f7, f0, f28, rdn
	fmul.d f21, f18, f20, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 98(x30)
	fmv.d.x f11, x8
	sh x0, 1574(x31)
	fmul.s f17, f30, f26, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 99(x30)
	sra x25, x6, x23
	c.nop
	slli x1, x5, 32
	sraiw x8, x17, 0
	la x30, dvals
	fld f9, 560(x30)
	fcvt.w.d x9, f9, rtz
	fmv.x.d x26, f14
	la x30, dvals
	fld f9, 552(x30)
	fsqrt.d f7, f9, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 100(x30)
	addiw x10, x20, 64
	addi x15, x23, 64
	fcvt.d.w f0, x9
	mv x14, x31
	c.sw x8, 0(x14)
	ori x4, x18, 32
	lb x11, 1576(x2)
	fsqrt.d f17, f29, dyn
	la x30, dvals
	fld f12, 408(x30)
	la x30, dvals
	fld f22, 432(x30)
	la x30, dvals
	fld f23, 272(x30)
	fmsub.d f13, f12, f22, f23, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 101(x30)
	fmv.w.x f13, x7
	remuw x27, x18, x12
	and x5, x6, x22
	mulh x21, x7, x12
	c.li x19, 3
	c.lui x19, 20
	addi x30, x31, 608
	amomin.w.rl x28, x5, (x30)
	csrrs x11, fflags, x0
	blt x17, x5, 1f
	and x19, x21, x20
1:
	fdiv.d f21, f25, f21, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 102(x30)
	lbu x27, 1457(x2)
	auipc x9, 1048575
	srai x12, x27, 28
	srliw x24, x17, 31
	divu x4, x12, x27
	fcvt.s.w f29, x11, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 103(x30)
	la x31, dump
	sd x1, 8(x31)
	sd x2, 16(x31)
	sd x3, 24(x31)
	sd x4, 32(x31)
	sd x5, 40(x31)
	sd x6, 48(x31)
	sd x7, 56(x31)
	sd x8, 64(x31)
	sd x9, 72(x31)
	sd x10, 80(x31)
	sd x11, 88(x31)
	sd x12, 96(x31)
	sd x13, 104(x31)
	sd x14, 112(x31)
	sd x15, 120(x31)
	sd x16, 128(x31)
	sd x17, 136(x31)
	sd x18, 144(x31)
	sd x19, 152(x31)
	sd x20, 160(x31)
	sd x21, 168(x31)
	sd x22, 176(x31)
	sd x23, 184(x31)
	sd x24, 192(x31)
	sd x25, 200(x31)
	sd x26, 208(x31)
	sd x27, 216(x31)
	sd x28, 224(x31)
	sd x29, 232(x31)
	sd x30, 240(x31)
	fsd f0, 256(x31)
	fsd f1, 264(x31)
	fsd f2, 272(x31)
	fsd f3, 280(x31)
	fsd f4, 288(x31)
	fsd f5, 296(x31)
	fsd f6, 304(x31)
	fsd f7, 312(x31)
	fsd f8, 320(x31)
	fsd f9, 328(x31)
	fsd f10, 336(x31)
	fsd f11, 344(x31)
	fsd f12, 352(x31)
	fsd f13, 360(x31)
	fsd f14, 368(x31)
	fsd f15, 376(x31)
	fsd f16, 384(x31)
	fsd f17, 392(x31)
	fsd f18, 400(x31)
	fsd f19, 408(x31)
	fsd f20, 416(x31)
	fsd f21, 424(x31)
	fsd f22, 432(x31)
	fsd f23, 440(x31)
	fsd f24, 448(x31)
	fsd f25, 456(x31)
	fsd f26, 464(x31)
	fsd f27, 472(x31)
	fsd f28, 480(x31)
	fsd f29, 488(x31)
	fsd f30, 496(x31)
	fsd f31, 504(x31)
	frcsr x5
	sd x5, 512(x31)
	li a0, 1
	mv a1, x31
	li a2, 520
	li a7, 64
	ecall
	li a0, 1
	la a1, scratch
	li a2, 2048
	li a7, 64
	ecall
	li a0, 1
	la a1, flaglog
	li a2, 1024
	li a7, 64
	ecall
	li a0, 0
	li a7, 93
	ecall
	.data
	.balign 8
ivals:
	.dword 0x0
	.dword 0x1
	.dword 0xffffffffffffffff
	.dword 0x7fffffffffffffff
	.dword 0x8000000000000000
	.dword 0x7fffffff
	.dword 0x80000000
	.dword 0xffffffff
	.dword 0xffffffff80000000
	.dword 0x00000000ffffffff
	.dword 0x2
	.dword 0xfffffffffffffffe
	.dword 0x3f
	.dword 0x40
	.dword 0x1f
	.dword 0x20
	.dword 0x123456789abcdef0
	.dword 0x00000000fffff800
	.dword 0x0000000100000000
	.dword 0x5a414a5c125488f9
	.dword 0xea36c2dc7fc626aa
	.dword 0xd9745f43011ed7ad
	.dword 0xa688515838c3e629
	.dword 0xc4da616a961bc731
	.dword 0x314f99af8d390ad2
	.dword 0x20008083320fe9eb
	.dword 0x296f20326049d646
dvals:
	.dword 0x0000000000000000
	.dword 0x8000000000000000
	.dword 0x3ff0000000000000
	.dword 0xbff0000000000000
	.dword 0x3fe0000000000000
	.dword 0x4008000000000000
	.dword 0x400921fb54442d18
	.dword 0x7fe1ccf385ebc8a0
	.dword 0xffe1ccf385ebc8a0
	.dword 0x7ff0000000000000
	.dword 0xfff0000000000000
	.dword 0x7ff8000000000000
	.dword 0x7ff0000000000001
	.dword 0x7ff8000000000123
	.dword 0x0000000000000001
	.dword 0x000fffffffffffff
	.dword 0x0010000000000000
	.dword 0x7fefffffffffffff
	.dword 0x3fd5555555555555
	.dword 0x4340000000000000
	.dword 0x43e0000000000000
	.dword 0x43f0000000000000
	.dword 0xc3e0000000000000
	.dword 0x00001cb5d9b8c4c0
	.dword 0x3fb999999999999a
	.dword 0x41dfffffffc00000
	.dword 0xc1e0000000000000
	.dword 0x41efffffffe00000
	.dword 0x3ff0000000000001
	.dword 0xbfe0000000000000
	.dword 0x4004000000000000
	.dword 0xc00c000000000000
	.dword 0x8010000000000000
	.dword 0x800fffffffffffff
	.dword 0x3cb0000000000000
	.word 0x00000000
	.word 0x80000000
	.word 0x3f800000
	.word 0xbf800000
	.word 0x7f800000
	.word 0xff800000
	.word 0x7fc00000
	.word 0x7f800001
	.word 0x7fc01234
	.word 0x00000001
	.word 0x007fffff
	.word 0x00800000
	.word 0x7f7fffff
	.word 0x4f000000
	.word 0x4f800000
	.word 0xcf000000
	.word 0x5f000000
	.word 0x3dcccccd
	.word 0x3eaaaaab
	.word 0x3fc00000
	.word 0xc0200000
	.word 0x40490fdb
	.word 0x4b000001
	.word 0x80800000
	.word 0x3f000000
	.word 0xbf000000
	.word 0x3fa00000
	.word 0x33800000
	.word 0xff7fffff
	.word 0x4effffff
rvals:
	.dword 0xbffb87c9a57e0c58
	.dword 0xc137467820e9190c
	.dword 0xbf179a3b08a23903
	.dword 0x3e35f074e79a8d29
	.dword 0xbff330a81183ad6b
	.dword 0xc0d1acd5d57bfcd8
	.dword 0x3f5bb032e1e9069c
	.dword 0x3ee77f7740c1d1eb
	.dword 0x412f8e1cf0bcb5c2
	.dword 0x3e5a0682606ea6f7
	.dword 0x408e9147d5663314
	.dword 0x3eb266614fce2da6
	.dword 0xffe76e9c47c79ef6
	.dword 0x801818d419d30eb5
	.dword 0xffee9e97e1f15c89
	.dword 0x83231dc83dd73a25
	.dword 0x003dee1f2a6258c8
	.dword 0xc3e15760baeae606
	.dword 0x00295fe8cbedc71a
	.dword 0x0010b53c71252a3f
	.dword 0x803e7bb28c988bbe
	.dword 0x03272ddd5cee1803
	.dword 0x803b2312c68e6206
	.dword 0x001cd7f0038ba839
	.word 0xc55d80f0
	.word 0x4244118d
	.word 0xc16be042
	.word 0xbf133df0
	.word 0xc0f94273
	.word 0x3dfad7e3
	.word 0x41bf5740
	.word 0xbb7ac1b4
	.word 0x4282ee5b
	.word 0x3d0294cc
	.word 0xba0dc25c
	.word 0xc10b5201
	.word 0x4b6bc436
	.word 0xdf44320a
	.word 0x7f19c112
	.word 0xff768147
	.word 0xcb06fff7
	.word 0x5f5ead39
	.word 0x812f6ab1
	.word 0x24d32b
	.word 0x800238ca
	.word 0x15095b8
	.word 0x80d2bc5e
	.word 0x4f692e27
	.balign 16
scratch:
	.word 0xb997d611
	.word 0x29ef20db
	.word 0x7370e201
	.word 0x892e46b9
	.word 0x7ed18ee5
	.word 0xaeac2503
	.word 0x6b8650a5
	.word 0x93c6adec
	.word 0x891ad4f1
	.word 0xa3173b53
	.word 0xcbd254cd
	.word 0xa83d3968
	.word 0xed17e2e0
	.word 0x3836a2e5
	.word 0x6124eed0
	.word 0x632c854f
	.word 0x83268d2d
	.word 0x2e389ec
	.word 0x8183063
	.word 0xcc9eba49
	.word 0x612563e2
	.word 0x6671ec8e
	.word 0x27e02ebe
	.word 0x64c80b05
	.word 0xd0bba3f1
	.word 0x3c7fe3f3
	.word 0xc03d9d93
	.word 0x2774ed4
	.word 0x9e1adb42
	.word 0x6b2dc69b
	.word 0xac2723e4
	.word 0x432b7ee9
	.word 0xb23f5ad2
	.word 0x75c3fa60
	.word 0x5b701bc7
	.word 0x59122fa3
	.word 0x802e7bd0
	.word 0xa5dfd33a
	.word 0xa8af2026
	.word 0xd9d30813
	.word 0xa2f7bb1b
	.word 0xe70acbf1
	.word 0x70e22dab
	.word 0x9fbdb700
	.word 0x2e9d66e
	.word 0x3ca545fc
	.word 0x174b71d1
	.word 0x575cc049
	.word 0x25e57b83
	.word 0xd83e87e9
	.word 0x10b7d288
	.word 0xb632589b
	.word 0x5909876b
	.word 0x557ea0b9
	.word 0xac51c1ad
	.word 0x18e1587f
	.word 0x4e3a9088
	.word 0x99584d3d
	.word 0x8f0b0d02
	.word 0x3bcc70b7
	.word 0xe83811a
	.word 0xaabf370a
	.word 0xc7947585
	.word 0x6dbad3f7
	.word 0xcf412ab5
	.word 0xa8e8087e
	.word 0x95140d2d
	.word 0x828549d5
	.word 0x5c407d4a
	.word 0x2ecb837e
	.word 0x8a29e9ac
	.word 0x549a7662
	.word 0x50915269
	.word 0x2155afe7
	.word 0x189b3d3
	.word 0xc98acd6a
	.word 0x94df6a59
	.word 0x4b1aa4f3
	.word 0xef1dad11
	.word 0xd4ba98e
	.word 0x7730e3d3
	.word 0x21c78b6
	.word 0x2c553853
	.word 0xe0bca27c
	.word 0xea9018a5
	.word 0xd91d4087
	.word 0x50be9821
	.word 0xf4e5c67c
	.word 0xc9666d49
	.word 0x9d26aaee
	.word 0x471294b3
	.word 0xa51b3051
	.word 0xa13f4af9
	.word 0x446997e9
	.word 0xa40518c3
	.word 0xe4b212ed
	.word 0x7b13d2da
	.word 0x285addbe
	.word 0xe49ad48
	.word 0x47f6a7b8
	.word 0xf33c2938
	.word 0xb5795495
	.word 0x629cd760
	.word 0xf665c058
	.word 0x83b20a8f
	.word 0x9e92f43e
	.word 0xc2bfd2b4
	.word 0x25c096c0
	.word 0xd40924cc
	.word 0xe28b4c04
	.word 0xea7ab9a1
	.word 0x149627c6
	.word 0xddbf71d1
	.word 0x432c4a73
	.word 0x862ba702
	.word 0xabb85287
	.word 0x9cf4ac13
	.word 0x27afdda8
	.word 0x5f4cc705
	.word 0x322c9eb3
	.word 0x9eaf678e
	.word 0x398d4a81
	.word 0x8b797f0f
	.word 0x37816523
	.word 0x7f841e91
	.word 0x769e57fa
	.word 0x3048708a
	.word 0xf57cdb66
	.word 0xac15a1ae
	.word 0x1c2dda7e
	.word 0x4b2b702f
	.word 0x80fed5b8
	.word 0x1376eb1c
	.word 0xcb48ed6
	.word 0x30ae0c41
	.word 0xd5ecce92
	.word 0xcbebb92d
	.word 0x2506ae0a
	.word 0xe8355b49
	.word 0x28d70607
	.word 0xcae7c38c
	.word 0x605d0227
	.word 0xc329c74b
	.word 0x83db8fcb
	.word 0xb6704d9a
	.word 0x47a91d1b
	.word 0xe543acde
	.word 0x8bdcb2f2
	.word 0xaddd7a53
	.word 0x50747818
	.word 0x3195e3c3
	.word 0x30556395
	.word 0x18d63d46
	.word 0x30accdd9
	.word 0x8be09312
	.word 0xa9d165b3
	.word 0x298fa700
	.word 0x7096ff57
	.word 0x40f555c9
	.word 0xa3cc1d0f
	.word 0x2dd04a19
	.word 0xb6fc7250
	.word 0x2e7baf6b
	.word 0x294ab6a0
	.word 0x8c4fa48f
	.word 0x631164e0
	.word 0xbe2527e6
	.word 0x41e4bbca
	.word 0x52f8004
	.word 0x50c028f3
	.word 0xee12219c
	.word 0xee1f650c
	.word 0x55626e33
	.word 0xc244e41
	.word 0x3869ba57
	.word 0xeb48e506
	.word 0xae380b2
	.word 0x244a44c8
	.word 0xf6bd2681
	.word 0x1fc8d957
	.word 0x98a55fe6
	.word 0x58694f0a
	.word 0x408ece0e
	.word 0xb0a71789
	.word 0x1895cae2
	.word 0x98f29ac6
	.word 0xbeeddd73
	.word 0xad344592
	.word 0x9544fd71
	.word 0x57b1d884
	.word 0xf88cb454
	.word 0xaec669b7
	.word 0x1de7b1af
	.word 0x9196ac86
	.word 0xc4cf9e25
	.word 0xd66f91a0
	.word 0xaf2bf22d
	.word 0xfca969da
	.word 0xe3da6373
	.word 0x593ec189
	.word 0xa0fb80ce
	.word 0xcca73f5f
	.word 0x42d595d9
	.word 0xfdb7702e
	.word 0x65e58717
	.word 0x75e6bf14
	.word 0xe289acd6
	.word 0x3573ecbf
	.word 0x5461316d
	.word 0x3bd9a12b
	.word 0xf0641c75
	.word 0xeba3580
	.word 0x49482125
	.word 0xe0f855f3
	.word 0xa28e5ad0
	.word 0x5359a97a
	.word 0xa8ad9261
	.word 0x46d65d31
	.word 0x23774aa9
	.word 0x8e63f8b8
	.word 0xdfe48042
	.word 0xb2701134
	.word 0xba8feaff
	.word 0xbdd50bf7
	.word 0x89d751e2
	.word 0x1e8f22f7
	.word 0xa0e64c7f
	.word 0x445a81ab
	.word 0x9992981c
	.word 0x98bed7d4
	.word 0xacaa836
	.word 0xa644bdd0
	.word 0xe2a00cf
	.word 0x884b3d16
	.word 0x12d8d6a2
	.word 0x99ec624
	.word 0xfa1fffa9
	.word 0xb8b176dc
	.word 0x5b3d00c9
	.word 0x9faff63b
	.word 0x4c7c776f
	.word 0x90af32c7
	.word 0xa80ade3c
	.word 0x8a69dc9a
	.word 0x8ea24887
	.word 0x31eba09e
	.word 0xfaf00e22
	.word 0x9db244b8
	.word 0x7180eb6a
	.word 0xf15e3e9c
	.word 0xe7391e9a
	.word 0x59ada10f
	.word 0x5c0acee9
	.word 0xbf2a6c42
	.word 0xa6e8f773
	.word 0xb8dfa570
	.word 0xc241ea48
	.word 0x1e1a2c4c
	.word 0x29e3b125
	.word 0xa720e606
	.word 0xc7ef0536
	.word 0xce7304d2
	.word 0x73cb6766
	.word 0xfbd2b655
	.word 0xe105bf9
	.word 0xa880508e
	.word 0xf0a9f906
	.word 0x3ea28682
	.word 0xa02cc6db
	.word 0x2600eea0
	.word 0x414a9a0a
	.word 0x5371b2ef
	.word 0xc0a06f59
	.word 0x642e167c
	.word 0x7ad9648c
	.word 0x9f513aa8
	.word 0xb888b3ea
	.word 0x70413690
	.word 0x84f0a6f9
	.word 0x95d6132e
	.word 0xa1cce617
	.word 0x9ccd0a90
	.word 0x8e7d9fbf
	.word 0x8cc64e3a
	.word 0xe524bbfa
	.word 0x39239837
	.word 0xe8ef985
	.word 0xe6781a1a
	.word 0x425e3867
	.word 0x2f01c30e
	.word 0xfb611f7e
	.word 0xc958d419
	.word 0xa8a82374
	.word 0x341857f7
	.word 0xe233b804
	.word 0x335d213d
	.word 0x78239a80
	.word 0x65007819
	.word 0x2a6ece18
	.word 0x861b4e0e
	.word 0x1485c583
	.word 0x2a8b80b9
	.word 0x90d3317
	.word 0x429f10a0
	.word 0xb1e35c45
	.word 0x9719bf70
	.word 0xbe0a0e6b
	.word 0x7252088
	.word 0xc5ba5352
	.word 0x75dac3fa
	.word 0x99173028
	.word 0x9d53fb81
	.word 0xa656f890
	.word 0x51dc4272
	.word 0xebdfb9db
	.word 0x807e2289
	.word 0xc1cb335e
	.word 0x53b4b14e
	.word 0x763f6380
	.word 0xd3aafa47
	.word 0x10a9daf6
	.word 0x5516eead
	.word 0x90a2534c
	.word 0x83bc7b09
	.word 0x9776f187
	.word 0x618091a4
	.word 0x53127be
	.word 0x19181cfd
	.word 0x4a71867e
	.word 0x2d711f01
	.word 0xdcb63169
	.word 0x49f898a4
	.word 0x76a8f92
	.word 0x85847f1e
	.word 0x4690ff8d
	.word 0x754f149d
	.word 0x6c431113
	.word 0xc24fb243
	.word 0xb4fec040
	.word 0xf228315b
	.word 0x7466401a
	.word 0x30ce9b28
	.word 0x96d6b55d
	.word 0x4fdb9903
	.word 0xa38708be
	.word 0x108dd736
	.word 0xe7030263
	.word 0x6eab1944
	.word 0xbdf06f25
	.word 0xb28672cf
	.word 0xe72a38a0
	.word 0xa7f37f5f
	.word 0xcb079133
	.word 0x1d1c59c3
	.word 0x52aa28f1
	.word 0xe134664b
	.word 0xd25b2615
	.word 0x65a27679
	.word 0x46c53a2f
	.word 0xd195f70f
	.word 0x81f03615
	.word 0x6168640c
	.word 0xd0d38df8
	.word 0x8cf7748e
	.word 0x2eb6321d
	.word 0xf6492a87
	.word 0xb02dc26b
	.word 0x4746d3b
	.word 0xb3ba7392
	.word 0x44c1e3b6
	.word 0x6e54e24d
	.word 0xb1ba5323
	.word 0x8017974c
	.word 0x2d3be853
	.word 0x5605a92b
	.word 0x8737afdb
	.word 0x2b52211d
	.word 0x81476205
	.word 0xcdf96446
	.word 0xcf4b4b3e
	.word 0x63b7dd28
	.word 0x9a40b501
	.word 0x10fabd51
	.word 0xad4761d9
	.word 0x6ef04d87
	.word 0x8f535ac7
	.word 0x6572d082
	.word 0xd3336953
	.word 0x7d339dbf
	.word 0xde0b255d
	.word 0xeebbd9ad
	.word 0x24485e2a
	.word 0xde2c346c
	.word 0x4c929fbc
	.word 0xf3c711ce
	.word 0x2e25ff11
	.word 0xa93569b2
	.word 0x84665dd3
	.word 0xb45f5d9d
	.word 0xa2769f0b
	.word 0x436f3fc0
	.word 0x367adceb
	.word 0xd116c918
	.word 0xe8c6d42
	.word 0xe7a9f6d0
	.word 0xf700d749
	.word 0x50d9b61d
	.word 0xa55e8710
	.word 0xc22b040e
	.word 0xf7f83e3b
	.word 0xf7dbe2a4
	.word 0xfa6bcb03
	.word 0xe276ba46
	.word 0x92f27bf9
	.word 0x6c2b92df
	.word 0xd07fc107
	.word 0x23b99028
	.word 0x262f8636
	.word 0xbcc8502
	.word 0xf6fd9e34
	.word 0xe25ca989
	.word 0x9adbf5df
	.word 0x686c9a0f
	.word 0x9e8df4b9
	.word 0x23425234
	.word 0x49983076
	.word 0xbd4c201d
	.word 0x10bc0bfa
	.word 0xa9a3607b
	.word 0x7020370d
	.word 0xaef421cd
	.word 0x737f01cb
	.word 0xfb832568
	.word 0x7ae3351f
	.word 0x945bbcdf
	.word 0x9bc58adf
	.word 0x79518d90
	.word 0x549695c1
	.word 0x43f02c16
	.word 0x882b2acf
	.word 0x432532b6
	.word 0x4b0381ef
	.word 0x5cf1f270
	.word 0x3547a6cf
	.word 0xf25ae600
	.word 0x7dcc98ed
	.word 0x34f8bf25
	.word 0x409ddbcb
	.word 0x877c0119
	.word 0xecbb7476
	.word 0xc48b58ec
	.word 0x5d476bc7
	.word 0xb7c5a8d8
	.word 0x590b9f57
	.word 0x76cc2ec7
	.word 0x91825eed
	.word 0x91adeb82
	.word 0xb76a006c
	.word 0x1b98803f
	.word 0x7873dbf0
	.word 0x62b694b6
	.word 0xb4219866
	.word 0x628e65f0
	.word 0x68366fe8
	.word 0x1cac9cad
	.word 0x68161d11
	.word 0xdd3971ab
	.word 0x92816d8d
	.word 0x5922d0b5
	.word 0x65ba54cf
	.word 0xcb57c89e
	.word 0x7ac6263c
	.word 0x7e3edebc
	.word 0x18c88548
	.word 0x451ae78
	.word 0x2486057
	.word 0xc61269b6
	.word 0xefb968a4
	.word 0x971cb7b2
	.word 0x3cb41fa7
	.word 0x5754a0e7
	.word 0xaa4c0923
	.word 0x4667ee77
	.word 0xce8327c3
	.word 0xe5194d3e
	.word 0x5b638741
	.word 0x5afde204
	.word 0x311f3a1a
	.word 0x1dde37b4
	.word 0xbe339e20
	.word 0x7308e3bb
	.word 0x80893484
	.word 0x65251688
	.word 0x397adb32
	.word 0x2189edbc
	.word 0x9bf217c3
	.word 0xf8497386
	.word 0x1102cbda
	.word 0x474c5326
	.word 0x683643f2
	.word 0xa9422916
	.word 0x60737be6
	.word 0xeef83041
	.word 0xf6fce319
	.word 0x39613c96
	.word 0xc08d8e0f
	.word 0x58c68389
	.word 0x9e4b1d92
	.word 0x42dd4eae
	.word 0x8a179e6a
	.word 0x4286b267
	.word 0xd891842
	.balign 16
dump:
	.zero 520
	.balign 16
flaglog:
	.zero 1024
